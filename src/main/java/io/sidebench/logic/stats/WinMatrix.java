package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Wins, ties and losses of each model against each other model, from pairwise votes of one kind (human
 * or judge). {@code cells} holds one entry per ordered pair (A, B), A != B, from A's point of view.
 */
public record WinMatrix(List<Long> modelIds, List<String> models, List<Cell> cells) {

    /** A's record against B; {@code winRate} counts ties as half ({@code null} when they never met). */
    public record Cell(long modelA, String a, long modelB, String b, int wins, int ties, int losses) {
        public int games() {
            return wins + ties + losses;
        }

        public Double winRate() {
            return games() == 0 ? null : (wins + 0.5 * ties) / games();
        }
    }

    public static WinMatrix of(List<Long> modelIds, List<String> names, List<PairOutcome> outcomes) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < modelIds.size(); i++) {
            for (int j = 0; j < modelIds.size(); j++) {
                if (i == j) {
                    continue;
                }
                long a = modelIds.get(i);
                long b = modelIds.get(j);
                int w = 0;
                int t = 0;
                int l = 0;
                for (PairOutcome o : outcomes) {
                    double s;
                    if (o.modelA() == a && o.modelB() == b) {
                        s = o.scoreA();
                    } else if (o.modelA() == b && o.modelB() == a) {
                        s = 1 - o.scoreA();
                    } else {
                        continue;
                    }
                    if (s == 1) {
                        w++;
                    } else if (s == 0) {
                        l++;
                    } else {
                        t++;
                    }
                }
                cells.add(new Cell(a, names.get(i), b, names.get(j), w, t, l));
            }
        }
        return new WinMatrix(List.copyOf(modelIds), List.copyOf(names), cells);
    }

    public Cell cell(long a, long b) {
        return cells.stream().filter(c -> c.modelA() == a && c.modelB() == b).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell " + a + " vs " + b));
    }

    /** A model's overall win rate (ties half) against all others, {@code null} without games. */
    public Double overallWinRate(long model) {
        double points = 0;
        int games = 0;
        for (Cell c : cells) {
            if (c.modelA() == model) {
                points += c.wins() + 0.5 * c.ties();
                games += c.games();
            }
        }
        return games == 0 ? null : points / games;
    }

    public int totalGames() {
        return cells.stream().mapToInt(Cell::games).sum() / 2;
    }
}
