package io.sidebench.gui.analyse;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.stats.AnnotationProgress;
import io.sidebench.logic.stats.DimensionAgreement;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgeHumanAgreement;
import io.sidebench.logic.stats.JudgmentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human-judgment figures of a run as text tables for the Analyse screen: ratings per rubric dimension
 * and model (each on the dimension's own scale), agreement per dimension, judge–human agreement and
 * annotation progress. Every figure comes from {@code logic.stats}; this class only writes them.
 */
public final class HumanResults {
    private HumanResults() {
    }

    /** One table: {@code id} names its control, {@code note} says how to read it (may be empty). */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows, String note) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The tables that have something to show, in reading order; empty when nobody rated anything. */
    public static List<Table> of(JudgmentReport j, Messages m) {
        List<Table> out = new ArrayList<>();
        if (j == null) {
            return out;
        }
        if (!j.ratings().isEmpty()) {
            out.add(ratings(j, m));
        }
        if (!j.agreement().isEmpty()) {
            out.add(agreement(j.agreement(), m));
        }
        if (!j.judge().isEmpty()) {
            out.add(judge(j.judge(), m));
        }
        if (!j.progress().isEmpty() && !j.ratings().isEmpty()) {
            out.add(progress(j.progress(), m));
        }
        return out;
    }

    static Table ratings(JudgmentReport j, Messages m) {
        HumanRatings.Result r = j.ratings();
        List<List<String>> rows = new ArrayList<>();
        for (HumanRatings.Cell c : r.cells()) {
            if (c.category() != null) {
                continue;
            }
            boolean overall = c.kind() == HumanRatings.Kind.OVERALL;
            String scale = overall ? m.get("human.scaleOverall") : r.dimensions().stream()
                    .filter(d -> d.name().equals(c.dimension())).findFirst().map(HumanRatings.Dimension::scaleLabel)
                    .orElse("");
            String what = c.kind() == HumanRatings.Kind.PASS_RATE ? m.get("human.passRate")
                    : m.get(overall ? "human.overallScore" : "human.mean");
            String interval = c.hasInterval() ? "[" + num(c.low()) + ", " + num(c.high()) + "]" : "–";
            rows.add(List.of(overall ? m.get("human.overall") : c.dimension(), scale, c.model(), what,
                    c.n() == 0 ? "–" : num(c.value()), c.n() == 0 ? "–" : interval, String.valueOf(c.n())));
        }
        String note = m.format("human.ratingsNote", Math.round(r.level() * 100));
        if (j.overallLabel() != null) {
            note += " " + m.get("human.overallNote");
        }
        return new Table("human-ratings", m.get("human.ratingsTitle"), List.of(m.get("human.col.dimension"),
                m.get("human.col.scale"), m.get("human.col.model"), m.get("human.col.figure"),
                m.get("human.col.value"), m.get("human.col.interval"), m.get("human.col.n")), rows, note);
    }

    static Table agreement(List<DimensionAgreement.Result> results, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        for (DimensionAgreement.Result a : results) {
            // two annotators: weighted kappa on ordinal scales (quadratic weights), Cohen's kappa on pass/fail
            Double kappa = a.kappaQuadratic() != null ? a.kappaQuadratic() : a.kappa();
            String reading = a.band() != null ? m.get("human.band." + a.band().name().toLowerCase(Locale.ROOT))
                    : a.alpha() == null ? "–" : m.get("human.tooFewShared");
            rows.add(List.of(a.dimension(), m.get("human.level." + a.level().name().toLowerCase(Locale.ROOT)),
                    String.valueOf(a.annotators().size()), String.valueOf(a.sharedItems()), num(a.alpha()),
                    kappa == null ? "–" : num(kappa), reading));
        }
        return new Table("human-agreement", m.get("human.agreementTitle"), List.of(m.get("human.col.dimension"),
                m.get("human.col.level"), m.get("human.col.annotators"), m.get("human.col.shared"),
                m.get("human.col.alpha"), m.get("human.col.kappa"), m.get("human.col.reading")), rows,
                m.format("human.agreementNote", DimensionAgreement.MIN_SHARED_FOR_READING));
    }

    static Table judge(JudgeHumanAgreement.Result j, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        for (JudgeHumanAgreement.Correlation c : j.correlations()) {
            rows.add(List.of(c.judge(), c.dimension(), m.get("human.spearman"), num(c.rho()), String.valueOf(c.n())));
        }
        for (JudgeHumanAgreement.Pairwise p : j.pairwise()) {
            rows.add(List.of(p.judge(), m.get("human.pairwise"), m.get("human.withTies"), pct(p.withTies()),
                    String.valueOf(p.comparisons())));
            rows.add(List.of(p.judge(), m.get("human.pairwise"), m.get("human.withoutTies"), pct(p.withoutTies()),
                    String.valueOf(p.nonTieComparisons())));
        }
        return new Table("human-judge", m.get("human.judgeTitle"), List.of(m.get("human.col.judge"),
                m.get("human.col.dimension"), m.get("human.col.figure"), m.get("human.col.value"),
                m.get("human.col.n")), rows, m.get("human.judgeNote"));
    }

    static Table progress(List<AnnotationProgress.Line> lines, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        for (AnnotationProgress.Line l : lines) {
            rows.add(List.of(l.annotator(), l.dimension(), String.valueOf(l.rated()), String.valueOf(l.left())));
        }
        return new Table("human-progress", m.get("human.progressTitle"), List.of(m.get("human.col.annotator"),
                m.get("human.col.dimension"), m.get("human.col.rated"), m.get("human.col.left")), rows, "");
    }

    static String num(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f %%", v * 100);
    }
}
