package io.sidebench.logic.export;

import io.sidebench.logic.stats.DimensionAgreement;
import io.sidebench.logic.stats.Disagreements;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgeHumanAgreement;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.model.RubricDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's human-judgment section as plain tables (headers and text cells), shared by the HTML, PDF,
 * XLSX and Markdown reports: ratings per rubric dimension on its own scale, agreement per dimension and how
 * the LLM judge agrees with humans.
 */
final class JudgmentTables {
    static final String TITLE = "Human judgment";
    static final String RATINGS_NOTE = "Each rubric dimension on its own scale; n = rated answers (an answer rated "
            + "by several annotators counts once, at their mean). Numeric scales: mean with a 95 % bootstrap "
            + "interval; pass/fail: pass rate with a 95 % Wilson interval. No mean is taken across dimensions.";
    static final String AGREEMENT_NOTE = "Krippendorff's alpha at the ordinal level for numeric scales and the "
            + "nominal level for pass/fail, over answers rated by more than one annotator; Cohen's kappa (and "
            + "weighted kappa for numeric scales) when exactly two annotators rated. The reading uses the "
            + "Landis–Koch bands (1977), a convention, not a test.";
    static final String JUDGE_NOTE = "Spearman's rho between the judge's score and the humans' rating of the same "
            + "answers; pairwise: how often the judge picks the same answer as a human, with ties (tie counts as an "
            + "answer) and without (only comparisons where neither said tie), as in the MT-Bench paper.";

    record Table(List<String> headers, List<List<String>> rows) {
        boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private JudgmentTables() {
    }

    static boolean present(Report report) {
        JudgmentReport j = report.judgment();
        return j != null && (!j.ratings().isEmpty() || !j.agreement().isEmpty() || !j.judge().isEmpty());
    }

    static Table ratings(Report report) {
        List<List<String>> rows = new ArrayList<>();
        HumanRatings.Result r = report.judgment().ratings();
        for (HumanRatings.Cell c : r.cells()) {
            if (c.category() != null || c.n() == 0) {
                continue;
            }
            String scale = c.kind() == HumanRatings.Kind.OVERALL ? "0–1, weighted"
                    : r.dimensions().stream().filter(d -> d.name().equals(c.dimension())).findFirst()
                    .map(HumanRatings.Dimension::scaleLabel).orElse("");
            String name = c.kind() == HumanRatings.Kind.OVERALL ? "Overall human score" : c.dimension();
            String what = c.kind() == HumanRatings.Kind.PASS_RATE ? "pass rate" : "mean";
            rows.add(List.of(name, scale, c.model(), Integer.toString(c.n()), what + " " + num(c.value(), 2),
                    c.hasInterval() ? "[" + num(c.low(), 2) + ", " + num(c.high(), 2) + "]" : "–"));
        }
        return new Table(List.of("Dimension", "Scale", "Model", "n", "Value", "95 % interval"), rows);
    }

    /** The definition of the overall score, or {@code null} when the rubric has no weights. */
    static String overallNote(Report report) {
        if (report.judgment().overallLabel() == null) {
            return null;
        }
        StringBuilder weights = new StringBuilder();
        for (RubricDimension d : report.objectives().rubric()) {
            if (d.weighted()) {
                weights.append(weights.length() == 0 ? "" : ", ").append(d.name()).append(' ')
                        .append(num(d.weight(), 2).replaceAll("\\.?0+$", ""));
            }
        }
        return "Overall human score: the weighted mean of (v−min)/(max−min) over the weighted dimensions, so 0–1, "
                + "for answers rated on every weighted dimension (weights: " + weights + ").";
    }

    static Table agreement(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (DimensionAgreement.Result a : report.judgment().agreement()) {
            rows.add(List.of(a.dimension(), a.level().name().toLowerCase(Locale.ROOT),
                    Integer.toString(a.sharedItems()), Integer.toString(a.annotators().size()), num(a.alpha(), 3),
                    a.band() != null ? a.band().label() : a.alpha() == null ? "–"
                            : "too few shared answers (<" + DimensionAgreement.MIN_SHARED_FOR_READING + ")",
                    num(a.kappa(), 3), num(a.kappaLinear(), 3),
                    num(a.kappaQuadratic(), 3)));
        }
        return new Table(List.of("Dimension", "Level", "Answers rated by >1", "Annotators", "Krippendorff's α",
                "Reading (Landis–Koch)", "Cohen's κ", "Weighted κ (linear)", "Weighted κ (quadratic)"), rows);
    }

    static Table judge(Report report) {
        List<List<String>> rows = new ArrayList<>();
        JudgeHumanAgreement.Result j = report.judgment().judge();
        for (JudgeHumanAgreement.Correlation c : j.correlations()) {
            rows.add(List.of(c.judge(), c.dimension(), Integer.toString(c.n()), "Spearman ρ " + num(c.rho(), 3)));
        }
        for (JudgeHumanAgreement.Pairwise p : j.pairwise()) {
            rows.add(List.of(p.judge(), "pairwise votes", Integer.toString(p.comparisons()),
                    "agreement " + pct(p.withTies()) + " with ties, " + pct(p.withoutTies()) + " without ("
                            + p.nonTieComparisons() + ")"));
        }
        return new Table(List.of("Judge", "Compared with", "n", "Agreement"), rows);
    }

    static Table disagreements(Report report) {
        java.util.Map<Long, AnnotationLine> where = new java.util.HashMap<>();
        report.summary().annotations().forEach(l -> where.putIfAbsent(l.annotation().completionId(), l));
        List<List<String>> rows = new ArrayList<>();
        for (Disagreements.Item item : report.judgment().disagreements()) {
            AnnotationLine line = where.get(item.completionId());
            StringBuilder ratings = new StringBuilder();
            for (Disagreements.Rating a : item.annotations()) {
                ratings.append(ratings.length() == 0 ? "" : "; ").append(a.annotator()).append(' ').append(a.ratings());
                if (a.comment() != null && !a.comment().isBlank()) {
                    ratings.append(" “").append(a.comment()).append('”');
                }
            }
            rows.add(List.of(line == null ? "?" : line.promptKey(), line == null ? "?" : line.modelLabel(),
                    item.dimension(), num(item.spread(), 2), ratings.toString()));
        }
        return new Table(List.of("Prompt", "Model", "Dimension", "Spread (share of scale)", "Ratings and comments"),
                rows);
    }

    static String num(Double v, int decimals) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    /** The section as HTML. */
    static void html(TextOut h, Report report) {
        if (!present(report)) {
            return;
        }
        h.append("<section id=\"human\"><h2>").append(TITLE).append("</h2>");
        Table ratings = ratings(report);
        if (!ratings.isEmpty()) {
            h.append("<h3>Ratings per rubric dimension</h3><p class=\"muted\">").append(Html.esc(RATINGS_NOTE));
            String overall = overallNote(report);
            if (overall != null) {
                h.append(" ").append(Html.esc(overall));
            }
            h.append("</p>");
            htmlTable(h, ratings);
        }
        Table agreement = agreement(report);
        if (!agreement.isEmpty()) {
            h.append("<h3>Agreement between annotators</h3><p class=\"muted\">").append(Html.esc(AGREEMENT_NOTE))
                    .append("</p>");
            htmlTable(h, agreement);
        }
        Table disagreed = disagreements(report);
        if (!disagreed.isEmpty()) {
            h.append("<h3>Answers the annotators disagree on most</h3>");
            htmlTable(h, disagreed);
        }
        Table judge = judge(report);
        if (!judge.isEmpty()) {
            h.append("<h3>Judge and humans</h3><p class=\"muted\">").append(Html.esc(JUDGE_NOTE)).append("</p>");
            htmlTable(h, judge);
        }
        h.append("</section>\n");
    }

    private static void htmlTable(TextOut h, Table t) {
        h.append("<div class=\"wide\"><table><thead><tr>");
        t.headers().forEach(x -> h.append("<th>").append(Html.esc(x)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i >= 3 ? "<td class=\"num\">" : "<td>").append(Html.esc(row.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
    }

    /** The section as Markdown. */
    static void markdown(TextOut m, Report report) {
        if (!present(report)) {
            return;
        }
        m.append("\n## ").append(TITLE).append("\n");
        Table ratings = ratings(report);
        if (!ratings.isEmpty()) {
            m.append("\n").append(RATINGS_NOTE);
            String overall = overallNote(report);
            if (overall != null) {
                m.append(" ").append(overall);
            }
            m.append("\n\n");
            markdownTable(m, ratings);
        }
        Table agreement = agreement(report);
        if (!agreement.isEmpty()) {
            m.append("\n").append(AGREEMENT_NOTE).append("\n\n");
            markdownTable(m, agreement);
        }
        Table disagreed = disagreements(report);
        if (!disagreed.isEmpty()) {
            m.append("\nAnswers the annotators disagree on most:\n\n");
            markdownTable(m, disagreed);
        }
        Table judge = judge(report);
        if (!judge.isEmpty()) {
            m.append("\n").append(JUDGE_NOTE).append("\n\n");
            markdownTable(m, judge);
        }
    }

    private static void markdownTable(TextOut m, Table t) {
        m.append("|");
        t.headers().forEach(x -> m.append(' ').append(MarkdownExporter.cell(x)).append(" |"));
        m.append("\n|");
        t.headers().forEach(x -> m.append("---|"));
        m.append("\n");
        for (List<String> row : t.rows()) {
            m.append("|");
            row.forEach(x -> m.append(' ').append(MarkdownExporter.cell(x)).append(" |"));
            m.append("\n");
        }
    }
}
