package io.sidebench.gui.analyse;

import io.sidebench.logic.export.LeaderboardRow;
import io.sidebench.logic.stats.Leaderboard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's leaderboard lines (answers, speed, cost) in the order and with the ranks of the leaderboard
 * of the chosen metric ({@link Leaderboard}, the one ranking rule). Models the metric has no value for
 * come last with rank "–".
 */
public final class ChosenBoard {
    private ChosenBoard() {
    }

    /** One shown line: the report's row, its rank under the chosen metric and the metric's figure. */
    public record Line(LeaderboardRow row, String rank, String value) {
    }

    public static List<Line> of(List<LeaderboardRow> rows, List<Leaderboard.Row> board, String metric) {
        Map<String, LeaderboardRow> byLabel = new LinkedHashMap<>();
        rows.forEach(r -> byLabel.put(r.label(), r));
        List<Line> out = new ArrayList<>();
        for (Leaderboard.Row b : board) {
            LeaderboardRow row = byLabel.remove(b.model());
            if (row != null) {
                boolean known = b.summary().mean() != null && !b.summary().mean().isNaN();
                out.add(new Line(row, known ? String.valueOf(b.rank()) : "–", MetricLabels.value(metric, b.summary())));
            }
        }
        byLabel.values().forEach(r -> out.add(new Line(r, "–", "–")));
        return out;
    }
}
