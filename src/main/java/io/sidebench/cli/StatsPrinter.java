package io.sidebench.cli;

import io.sidebench.logic.stats.BradleyTerry;
import io.sidebench.logic.stats.Leaderboard;
import io.sidebench.logic.stats.MetricSummaries;
import io.sidebench.logic.stats.PairedBootstrap;
import io.sidebench.logic.stats.StatsReport;
import io.sidebench.logic.stats.Summary;
import io.sidebench.logic.stats.WinMatrix;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a {@link StatsReport} as plain-text tables. */
final class StatsPrinter {
    private final PrintWriter out;
    private final boolean categories;

    StatsPrinter(PrintWriter out, boolean categories) {
        this.out = out;
        this.categories = categories;
    }

    void print(StatsReport r) {
        String ci = pct(r.level()) + " CI";
        out.printf(Locale.ROOT, "Run %d%s: %d completions, %d failed. Intervals: %s percentile bootstrap, %d resamples, seed %d.%n",
                r.runId(), r.runName() == null ? "" : " \"" + r.runName() + "\"", r.completions(), r.failedCompletions(),
                ci, r.resamples(), r.seed());
        out.println();
        if (r.primaryMetric() == null) {
            out.println("Nothing to rank yet: no scores and no speed figures. Score the run with `score`.");
        } else {
            out.printf("Leaderboard by %s (%s is better; models share a rank when their intervals overlap)%n",
                    r.primaryMetric(), r.higherIsBetter() ? "higher" : "lower");
            out.printf(Locale.ROOT, "  %4s  %-24s %5s %9s  %-21s %9s%n", "rank", "model", "n", "mean", ci, "median");
            for (Leaderboard.Row row : r.leaderboard()) {
                Summary s = row.summary();
                out.printf(Locale.ROOT, "  %4d  %-24s %5d %9s  %-21s %9s%n", row.rank(), cut(row.model(), 24), s.n(),
                        num(s.mean()), interval(s), num(s.median()));
            }
        }
        printSummaries(r);
        printVotes("Human votes", r.humanVotes());
        printVotes("Judge votes", r.judgeVotes());
        printTests(r.pairedTests());
        // agreement per dimension is printed by JudgmentPrinter, at the level that fits each dimension
    }

    private void printSummaries(StatsReport r) {
        out.println();
        out.println("All metrics per model");
        out.printf(Locale.ROOT, "  %-16s %-12s %-24s %5s %10s  %-23s %10s%n", "metric", "category", "model", "n", "mean",
                pct(r.level()) + " CI", "median");
        for (MetricSummaries.Group g : r.summaries()) {
            if (g.category() != null && !categories) {
                continue;
            }
            Summary s = g.summary();
            if (s.n() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-16s %-12s %-24s %5d %10s  %-23s %10s%n", cut(g.metric(), 16),
                    cut(g.category() == null ? "all" : g.category(), 12), cut(g.model(), 24), s.n(), num(s.mean()),
                    interval(s), num(s.median()));
        }
    }

    private void printVotes(String title, StatsReport.VoteStats votes) {
        if (votes.votes() == 0) {
            return;
        }
        out.println();
        out.printf("%s: %d from %s%n", title, votes.votes(), String.join(", ", votes.voters()));
        WinMatrix m = votes.winMatrix();
        out.println("  Win/tie/loss of the row model against the column model");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-20s", ""));
        for (String name : m.models()) {
            header.append(String.format(Locale.ROOT, " %12s", cut(name, 12)));
        }
        out.println(header);
        for (int i = 0; i < m.modelIds().size(); i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", cut(m.models().get(i), 20)));
            for (int j = 0; j < m.modelIds().size(); j++) {
                if (i == j) {
                    line.append(String.format(Locale.ROOT, " %12s", "-"));
                } else {
                    WinMatrix.Cell c = m.cell(m.modelIds().get(i), m.modelIds().get(j));
                    line.append(String.format(Locale.ROOT, " %12s", c.wins() + "/" + c.ties() + "/" + c.losses()));
                }
            }
            out.println(line);
        }
        out.println("  Bradley-Terry ratings (Elo scale, 1000 = geometric mean strength)");
        List<BradleyTerry.Rating> sorted = votes.ratings().stream()
                .sorted(java.util.Comparator.comparing(BradleyTerry.Rating::rating,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))).toList();
        for (BradleyTerry.Rating rating : sorted) {
            if (rating.rating() == null) {
                out.printf(Locale.ROOT, "  %-24s %7s  no comparisons%n", cut(rating.model(), 24), "-");
                continue;
            }
            out.printf(Locale.ROOT, "  %-24s %7.0f  [%.0f, %.0f]  %d comparisons%n", cut(rating.model(), 24),
                    rating.rating(), rating.ciLow(), rating.ciHigh(), rating.comparisons());
        }
    }

    private void printTests(List<PairedBootstrap.Result> tests) {
        if (tests.isEmpty()) {
            return;
        }
        out.println();
        out.printf("Paired bootstrap tests on %s (difference A - B over prompts both answered)%n", tests.get(0).metric());
        for (PairedBootstrap.Result t : tests) {
            if (t.prompts() == 0) {
                out.printf("  %s vs %s: no prompts in common%n", t.a(), t.b());
                continue;
            }
            out.printf(Locale.ROOT, "  %-20s vs %-20s %4d prompts  diff %9s  [%s, %s]  p = %s%s%n", cut(t.a(), 20),
                    cut(t.b(), 20), t.prompts(), num(t.meanDiff()), num(t.ciLow(), t.meanDiff()), num(t.ciHigh(), t.meanDiff()),
                    t.pValue() == null ? "-" : String.format(Locale.ROOT, "%.4f", t.pValue()),
                    t.significant() ? "  *" : "");
        }
    }

    private static String interval(Summary s) {
        return s.hasInterval() ? "[" + num(s.ciLow(), s.mean()) + ", " + num(s.ciHigh(), s.mean()) + "]" : "-";
    }

    static String num(Double v) {
        return num(v, v);
    }

    /** Formats {@code v} with the decimals that suit {@code scale} (so an interval matches its mean). */
    static String num(Double v, Double scale) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        double a = Math.abs(scale == null || scale.isNaN() ? v : scale);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
