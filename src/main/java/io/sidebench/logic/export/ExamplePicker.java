package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the examples a report shows: the best and the worst answer of a real (non-baseline) model (of a
 * baseline that does not just repeat the reference, when only baselines ran) by
 * the headline score (or by human ratings when there are no scores), and the biggest disagreement:
 * between annotators when several rated one answer, otherwise between models on one prompt.
 */
final class ExamplePicker {
    private final String primary;

    ExamplePicker(String primary) {
        this.primary = primary;
    }

    List<Example> pick(List<ResultRow> rows) {
        List<ResultRow> real = rows.stream().filter(r -> !r.baseline() && r.isOk()).toList();
        if (real.isEmpty()) {
            // only baselines ran: show the extractive kind, never answers that merely repeat the reference
            real = rows.stream().filter(r -> r.isOk() && r.output() != null && !r.output().equals(r.reference()))
                    .toList();
        }
        Function<ResultRow, OptionalDouble> quality = primary != null
                ? r -> r.scores().containsKey(primary) ? OptionalDouble.of(r.scores().get(primary)) : OptionalDouble.empty()
                : ResultRow::meanRatingAll;
        String measure = primary != null ? primary : "mean human rating";
        List<ResultRow> rated = real.stream().filter(r -> quality.apply(r).isPresent()).toList();
        List<Example> out = new ArrayList<>();
        if (!rated.isEmpty()) {
            Comparator<ResultRow> byQuality = Comparator.comparingDouble(r -> quality.apply(r).getAsDouble());
            ResultRow best = rated.stream().max(byQuality.thenComparing(ResultRow::completionId,
                    Comparator.reverseOrder())).orElseThrow();
            ResultRow worst = rated.stream().min(byQuality.thenComparing(ResultRow::completionId)).orElseThrow();
            out.add(single("best", "Best answer", "Highest " + measure + ": "
                    + fmt(quality.apply(best).getAsDouble()) + " (" + best.model() + ")", best));
            if (worst.completionId() != best.completionId()) {
                out.add(single("worst", "Worst answer", "Lowest " + measure + ": "
                        + fmt(quality.apply(worst).getAsDouble()) + " (" + worst.model() + ")", worst));
            }
        }
        annotatorDisagreement(rows).or(() -> modelDisagreement(rated, quality, measure)).ifPresent(out::add);
        return out;
    }

    private static Example single(String kind, String title, String why, ResultRow row) {
        return new Example(kind, title, why, row.promptKey(), row.category(), row.prompt(), row.reference(),
                List.of(row));
    }

    private static Optional<Example> annotatorDisagreement(List<ResultRow> rows) {
        ResultRow pick = null;
        double spread = 0;
        for (ResultRow r : rows) {
            if (r.annotations().size() < 2) {
                continue;
            }
            for (String dim : r.annotations().stream().flatMap(a -> a.ratings().keySet().stream()).distinct().toList()) {
                DoubleSummaryStatistics stats = r.annotations().stream().map(Annotation::ratings)
                        .filter(m -> m.containsKey(dim)).mapToDouble(m -> m.get(dim)).summaryStatistics();
                if (stats.getCount() >= 2 && stats.getMax() - stats.getMin() > spread) {
                    spread = stats.getMax() - stats.getMin();
                    pick = r;
                }
            }
        }
        if (pick == null) {
            return Optional.empty();
        }
        return Optional.of(new Example("disagreement", "Biggest disagreement between annotators",
                "Annotators' ratings of this answer differ by " + fmt(spread) + " points", pick.promptKey(),
                pick.category(), pick.prompt(), pick.reference(), List.of(pick)));
    }

    private static Optional<Example> modelDisagreement(List<ResultRow> rated, Function<ResultRow, OptionalDouble> quality,
                                                       String measure) {
        Map<Long, List<ResultRow>> byPrompt = rated.stream().collect(Collectors.groupingBy(ResultRow::promptId));
        List<ResultRow> pick = null;
        double spread = 0;
        for (List<ResultRow> answers : byPrompt.values()) {
            if (answers.stream().map(ResultRow::modelId).distinct().count() < 2) {
                continue;
            }
            DoubleSummaryStatistics stats = answers.stream().mapToDouble(r -> quality.apply(r).getAsDouble())
                    .summaryStatistics();
            double s = stats.getMax() - stats.getMin();
            if (s > spread || (s == spread && pick != null && answers.get(0).promptOrdinal() < pick.get(0).promptOrdinal())) {
                spread = s;
                pick = answers;
            }
        }
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

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
