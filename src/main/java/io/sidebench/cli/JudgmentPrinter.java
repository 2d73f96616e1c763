package io.sidebench.cli;

import io.sidebench.logic.stats.AnnotationProgress;
import io.sidebench.logic.stats.DimensionAgreement;
import io.sidebench.logic.stats.Disagreements;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgeHumanAgreement;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Prints a {@link JudgmentReport}: human ratings per dimension, agreement, judge vs humans, progress. */
final class JudgmentPrinter {
    private final PrintWriter out;
    private final boolean categories;

    JudgmentPrinter(PrintWriter out, boolean categories) {
        this.out = out;
        this.categories = categories;
    }

    void print(JudgmentReport j, List<String> metrics, RunDataset data) {
        ratings(j);
        agreement(j.agreement());
        disagreements(j.disagreements(), data);
        judge(j.judge());
        progress(j.progress());
        out.println();
        out.println("Metrics to rank by (--metric): " + String.join(", ", metrics));
    }

    private void ratings(JudgmentReport j) {
        HumanRatings.Result r = j.ratings();
        if (r.isEmpty()) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Human ratings per rubric dimension (each on its own scale; n = rated answers; "
                + "means with %.0f%% bootstrap CI, pass rates with Wilson CI)%n", r.level() * 100);
        out.printf(Locale.ROOT, "  %-20s %-14s %-12s %-24s %5s %9s  %-21s%n", "dimension", "scale", "category", "model",
                "n", "value", "CI");
        for (HumanRatings.Cell c : r.cells()) {
            if (c.n() == 0 || (c.category() != null && !categories)) {
                continue;
            }
            String scale = c.kind() == HumanRatings.Kind.OVERALL ? "0–1 weighted" : r.dimensions().stream()
                    .filter(d -> d.name().equals(c.dimension())).findFirst().map(HumanRatings.Dimension::scaleLabel)
                    .orElse("");
            String value = c.kind() == HumanRatings.Kind.PASS_RATE ? "pass " + num(c.value()) : num(c.value());
            out.printf(Locale.ROOT, "  %-20s %-14s %-12s %-24s %5d %9s  %-21s%n",
                    cut(c.kind() == HumanRatings.Kind.OVERALL ? "overall" : c.dimension(), 20), cut(scale, 14),
                    cut(c.category() == null ? "all" : c.category(), 12), cut(c.model(), 24), c.n(), value,
                    c.hasInterval() ? "[" + num(c.low()) + ", " + num(c.high()) + "]" : "-");
        }
        if (j.overallLabel() != null) {
            out.println("  overall = " + j.overallLabel());
        }
    }

    private void agreement(List<DimensionAgreement.Result> results) {
        if (results.isEmpty()) {
            return;
        }
        out.println();
        out.println("Inter-annotator agreement per rubric dimension (Krippendorff's alpha, ordinal for numeric scales, "
                + "nominal for pass/fail; reading by the Landis–Koch bands, a convention)");
        out.printf(Locale.ROOT, "  %-20s %-8s %6s %5s %7s %-15s %7s %7s %7s%n", "dimension", "level", "shared", "raters",
                "alpha", "reading", "kappa", "k-lin", "k-quad");
        for (DimensionAgreement.Result a : results) {
            out.printf(Locale.ROOT, "  %-20s %-8s %6d %5d %7s %-15s %7s %7s %7s%n", cut(a.dimension(), 20),
                    a.level().name().toLowerCase(Locale.ROOT), a.sharedItems(), a.annotators().size(), num(a.alpha()),
                    a.band() != null ? a.band().label() : a.alpha() == null ? "-" : "too few shared",
                    num(a.kappa()), num(a.kappaLinear()),
                    num(a.kappaQuadratic()));
            if (a.annotators().size() > 2) {
                for (DimensionAgreement.Pair p : a.pairs()) {
                    out.printf(Locale.ROOT, "    %-14s vs %-14s %4d shared  kappa %s  k-lin %s  k-quad %s%n",
                            cut(p.first(), 14), cut(p.second(), 14), p.items(), num(p.kappa()), num(p.kappaLinear()),
                            num(p.kappaQuadratic()));
                }
            }
        }
    }

    private void disagreements(List<Disagreements.Item> items, RunDataset data) {
        if (items.isEmpty()) {
            return;
        }
        Map<Long, Completion> completions = new HashMap<>();
        data.completions().forEach(c -> completions.put(c.id(), c));
        out.println();
        out.println("Answers the annotators disagree on most (spread as a share of the dimension's scale)");
        for (Disagreements.Item item : items) {
            Completion c = completions.get(item.completionId());
            String where = c == null ? "answer " + item.completionId()
                    : "prompt " + promptKey(data, c.cell().promptId()) + " / " + data.modelName(c.cell().modelId());
            out.printf(Locale.ROOT, "  %-40s %-16s spread %.2f%n", cut(where, 40), cut(item.dimension(), 16),
                    item.spread());
            for (Disagreements.Rating a : item.annotations()) {
                out.printf(Locale.ROOT, "      %-14s %s%s%n", cut(a.annotator(), 14), a.ratings(),
                        a.comment() == null || a.comment().isBlank() ? "" : "  \"" + a.comment() + "\"");
            }
        }
    }

    private static String promptKey(RunDataset data, long promptId) {
        Prompt p = data.prompts().get(promptId);
        return p == null ? Long.toString(promptId) : p.key();
    }

    private void judge(JudgeHumanAgreement.Result j) {
        if (j.isEmpty()) {
            return;
        }
        out.println();
        out.println("Judge vs humans");
        for (JudgeHumanAgreement.Correlation c : j.correlations()) {
            out.printf(Locale.ROOT, "  %-20s vs %-20s %4d answers  Spearman rho %s%n", cut(c.judge(), 20),
                    cut(c.dimension(), 20), c.n(), num(c.rho()));
        }
        for (JudgeHumanAgreement.Pairwise p : j.pairwise()) {
            out.printf(Locale.ROOT, "  %-20s pairwise agreement with humans: %s with ties (%d), %s without ties (%d)"
                    + " (MT-Bench set-ups)%n", cut(p.judge(), 20), pct(p.withTies()), p.comparisons(),
                    pct(p.withoutTies()), p.nonTieComparisons());
        }
    }

    private void progress(List<AnnotationProgress.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println("Annotation progress (successful answers of the run)");
        for (AnnotationProgress.Line l : lines) {
            out.printf(Locale.ROOT, "  %-20s %-20s %5d rated %5d left%n", cut(l.annotator(), 20), cut(l.dimension(), 20),
                    l.rated(), l.left());
        }
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String num(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
