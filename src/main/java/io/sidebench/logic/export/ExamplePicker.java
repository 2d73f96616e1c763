package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Picks the examples a report shows: the best and the worst answer of a real (non-baseline) model (of a
 * baseline that does not just repeat the reference, when only baselines ran) by
 * the headline score (or by human ratings when there are no scores), and the biggest disagreement:
 * between annotators when several rated an answer, otherwise between models on one prompt.
 * Takes the rows one by one in report order (all rows of a prompt together) and keeps only the
 * candidates so far.
 */
final class ExamplePicker {
    private final Function<ResultRow, OptionalDouble> quality;
    private final String measure;
    /** Real models' answers, and the fallback when there are none: baselines that do not echo the reference. */
    private final Candidates real;
    private final Candidates fallback;
    private ResultRow annotatorPick;
    private double annotatorSpread;

    ExamplePicker(String primary) {
        this(primary, io.sidebench.model.Objectives.EMPTY);
    }

    /**
     * Without a score, answers are compared by the rubric's weighted overall human score when it has
     * weights, otherwise by its first dimension (never by a mean across dimensions of different scales).
     */
    ExamplePicker(String primary, io.sidebench.model.Objectives objectives) {
        boolean weighted = objectives.rubric().stream().anyMatch(io.sidebench.model.RubricDimension::weighted);
        String first = objectives.rubric().isEmpty() ? null : objectives.rubric().get(0).name();
        if (primary != null) {
            this.quality = r -> r.scores().containsKey(primary) ? OptionalDouble.of(r.scores().get(primary))
                    : OptionalDouble.empty();
            this.measure = primary;
        } else if (weighted) {
            this.quality = r -> {
                java.util.Map<String, Double> per = new java.util.TreeMap<>();
                r.annotations().stream().flatMap(a -> a.ratings().keySet().stream()).distinct()
                        .forEach(d -> r.meanRating(d).ifPresent(v -> per.put(d, v)));
                Double v = HumanColumns.answerValues(objectives, per).get(io.sidebench.logic.stats.HumanRatings.OVERALL);
                return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
            };
            this.measure = "overall human score (0–1, weighted)";
        } else {
            this.quality = r -> first == null ? OptionalDouble.empty() : r.meanRating(first);
            this.measure = first == null ? "human rating" : "mean " + first + " rating";
        }
        this.real = new Candidates();
        this.fallback = new Candidates();
    }

    List<Example> pick(Iterable<ResultRow> rows) {
        rows.forEach(this::accept);
        return finish();
    }

    void accept(ResultRow r) {
        if (!r.baseline() && r.isOk()) {
            real.accept(r);
        } else if (real.seen == 0 && r.isOk() && r.output() != null && !r.output().equals(r.reference())) {
            fallback.accept(r);
        }
        annotatorDisagreement(r);
    }

    List<Example> finish() {
        Candidates c = real.seen > 0 ? real : fallback;
        c.closeGroup();
        List<Example> out = new ArrayList<>();
        if (c.best != null) {
            out.add(single("best", "Best answer", "Highest " + measure + ": " + fmt(c.bestValue) + " ("
                    + c.best.model() + ")", c.best));
            if (c.worst.completionId() != c.best.completionId()) {
                out.add(single("worst", "Worst answer", "Lowest " + measure + ": " + fmt(c.worstValue) + " ("
                        + c.worst.model() + ")", c.worst));
            }
        }
        annotatorExample().or(c::modelExample).ifPresent(out::add);
        return out;
    }

    /** Best, worst and the prompt with the widest spread among one set of answers. */
    private final class Candidates {
        int seen;
        ResultRow best;
        double bestValue;
        ResultRow worst;
        double worstValue;
        private final List<ResultRow> group = new ArrayList<>();
        private List<ResultRow> pick;
        private double spread;

        void accept(ResultRow r) {
            seen++;
            OptionalDouble q = quality.apply(r);
            if (!group.isEmpty() && group.get(0).promptId() != r.promptId()) {
                closeGroup();
            }
            if (q.isEmpty()) {
                return;
            }
            double v = q.getAsDouble();
            if (best == null || Double.compare(v, bestValue) > 0
                    || (Double.compare(v, bestValue) == 0 && r.completionId() < best.completionId())) {
                best = r;
                bestValue = v;
            }
            if (worst == null || Double.compare(v, worstValue) < 0
                    || (Double.compare(v, worstValue) == 0 && r.completionId() < worst.completionId())) {
                worst = r;
                worstValue = v;
            }
            group.add(r);
        }

        /** One prompt's rated answers are complete: the widest spread wins, the earliest prompt on ties. */
        void closeGroup() {
            if (group.isEmpty()) {
                return;
            }
            if (group.stream().map(ResultRow::modelId).distinct().count() >= 2) {
                DoubleSummaryStatistics stats = group.stream().mapToDouble(r -> quality.apply(r).getAsDouble())
                        .summaryStatistics();
                double s = stats.getMax() - stats.getMin();
                if (s > spread || (s == spread && pick != null && group.get(0).promptOrdinal() < pick.get(0).promptOrdinal())) {
                    spread = s;
                    pick = List.copyOf(group);
                }
            }
            group.clear();
        }

        Optional<Example> modelExample() {
            if (pick == null) {
                return Optional.empty();
            }
            List<ResultRow> sorted = new ArrayList<>(pick);
            sorted.sort(Comparator.comparingDouble((ResultRow r) -> quality.apply(r).getAsDouble()).reversed());
            ResultRow first = sorted.get(0);
            return Optional.of(new Example("disagreement", "Biggest disagreement between models",
                    "The models' " + measure + " on this prompt differ by " + fmt(spread), first.promptKey(),
                    first.category(), first.prompt(), first.reference(), sorted));
        }
    }

    private static Example single(String kind, String title, String why, ResultRow row) {
        return new Example(kind, title, why, row.promptKey(), row.category(), row.prompt(), row.reference(),
                List.of(row));
    }

    private void annotatorDisagreement(ResultRow r) {
        if (r.annotations().size() < 2) {
            return;
        }
        for (String dim : r.annotations().stream().flatMap(a -> a.ratings().keySet().stream()).distinct().toList()) {
            DoubleSummaryStatistics stats = r.annotations().stream().map(Annotation::ratings)
                    .filter(m -> m.containsKey(dim)).mapToDouble(m -> m.get(dim)).summaryStatistics();
            if (stats.getCount() >= 2 && stats.getMax() - stats.getMin() > annotatorSpread) {
                annotatorSpread = stats.getMax() - stats.getMin();
                annotatorPick = r;
            }
        }
    }

    private Optional<Example> annotatorExample() {
        if (annotatorPick == null) {
            return Optional.empty();
        }
        ResultRow pick = annotatorPick;
        return Optional.of(new Example("disagreement", "Biggest disagreement between annotators",
                "Annotators' ratings of this answer differ by " + fmt(annotatorSpread) + " points", pick.promptKey(),
                pick.category(), pick.prompt(), pick.reference(), List.of(pick)));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
