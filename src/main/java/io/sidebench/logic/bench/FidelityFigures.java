package io.sidebench.logic.bench;

import io.sidebench.logic.metrics.Percentiles;
import io.sidebench.model.Metrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How far the metrics Sidebench recorded are from what the benchmark stub scripted. Each figure is taken
 * per completion (|measured - scripted|), then summarised by median and 95th percentile; completions
 * without the figure (failed ones) are left out.
 *
 * @param count completions with metrics
 */
public record FidelityFigures(int count, Figure ttftMs, Figure tokensPerSecond, Figure e2eMs, Figure tpotMs) {

    /**
     * One metric: its median measured value, and the median and 95th percentile of |measured - scripted|.
     * Values are {@code NaN} when nothing was measured.
     */
    public record Figure(double scripted, double medianMeasured, double medianAbsError, double p95AbsError) {
        static Figure of(Collection<Double> measured, double scripted) {
            List<Double> errors = new ArrayList<>();
            measured.forEach(v -> errors.add(Math.abs(v - scripted)));
            return new Figure(scripted, orNaN(Percentiles.median(measured)), orNaN(Percentiles.median(errors)),
                    orNaN(Percentiles.of(errors, 95)));
        }

        private static double orNaN(Double v) {
            return v == null ? Double.NaN : v;
        }
    }

    public static FidelityFigures of(List<Metrics> metrics, StubTiming timing) {
        return new FidelityFigures(metrics.size(),
                Figure.of(values(metrics, Metrics::ttftMs), timing.ttftMs()),
                Figure.of(values(metrics, Metrics::tokensPerSecond), timing.scriptedTokensPerSecondE2e()),
                Figure.of(values(metrics, Metrics::e2eMs), timing.answerMs()),
                Figure.of(values(metrics, Metrics::tpotMs), timing.scriptedTpotMs()));
    }

    private static List<Double> values(List<Metrics> metrics, Function<Metrics, Double> field) {
        return metrics.stream().map(field).filter(v -> v != null && !v.isNaN()).toList();
    }

    /** The figures as printed by the benchmark commands, one per line. */
    public List<String> lines(StubTiming timing) {
        return List.of(
                line("TTFT", "ms", ttftMs, "first non-empty chunk after the request was sent"),
                line("tokens/s", "", tokensPerSecond, String.format(Locale.ROOT,
                        "Sidebench's definition: output tokens / end-to-end seconds, TTFT included; scripted %d / "
                                + "%.3f s", timing.tokens(), timing.answerMs() / 1000.0)),
                line("e2e", "ms", e2eMs, "whole request, up to the end of the stream"),
                line("TPOT", "ms", tpotMs, "(e2e - TTFT) / (tokens - 1)"));
    }

    private static String line(String name, String unit, Figure f, String definition) {
        return String.format(Locale.ROOT, "%-9s median |measured - scripted| %.2f%s (p95 %.2f%s); median measured "
                        + "%.2f%s, scripted %.2f%s [%s]", name, f.medianAbsError(), unit, f.p95AbsError(), unit,
                f.medianMeasured(), unit, f.scripted(), unit, definition);
    }
}
