package io.sidebench.logic.run;

import io.sidebench.logic.metrics.Percentiles;
import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-model figures of a run: counts, and medians of the speed metrics over the successful completions
 * that were really requested (answers from the cache carry an earlier run's timing and are left out).
 */
public final class RunSummaries {
    private RunSummaries() {
    }

    /**
     * @param cells   cells the model has in the run (prompts x repeats)
     * @param costUsd   total cost of the model's completions, {@code null} when no price is known
     * @param attempts  requests made for the model's cells (retries included)
     * @param retries   attempts that repeated a failed one
     * @param backoffMs milliseconds the model's cells waited between attempts, {@code null} when none was measured
     */
    public record ModelSummary(long modelId, String model, int cells, int ok, int errors, int cached, Double ttftMs,
                               Double tpotMs, Double tokensPerSecond, Double e2eMs, Double costUsd, int attempts,
                               int retries, Long backoffMs) {
    }

    public static List<ModelSummary> summarize(Run run, int promptCount, List<Completion> completions,
                                               Map<Long, ModelConfig> models) {
        List<ModelSummary> out = new ArrayList<>();
        for (long modelId : run.modelIds()) {
            List<Completion> mine = completions.stream().filter(c -> c.cell().modelId() == modelId).toList();
            ModelConfig model = models.get(modelId);
            // a baseline sends no request: its in-process timings are no speed figures
            boolean timed = model == null || !model.isBaseline();
            List<Metrics> measured = mine.stream().filter(c -> timed && c.isOk() && !c.cached())
                    .map(Completion::metrics).toList();
            Double cost = null;
            for (Completion c : mine) {
                if (c.metrics().cost() != null) {
                    cost = (cost == null ? 0 : cost) + c.metrics().cost();
                }
            }
            int attempts = mine.stream().mapToInt(Completion::attempts).sum();
            int retries = mine.stream().mapToInt(Completion::retries).sum();
            Long backoff = mine.stream().map(Completion::backoffMs).filter(b -> b != null).reduce(Long::sum).orElse(null);
            out.add(new ModelSummary(modelId, model == null ? "#" + modelId : model.displayName(),
                    promptCount * run.repeats(), (int) mine.stream().filter(Completion::isOk).count(),
                    (int) mine.stream().filter(c -> !c.isOk()).count(), (int) mine.stream().filter(Completion::cached).count(),
                    median(measured, Metrics::ttftMs), median(measured, Metrics::tpotMs),
                    median(measured, Metrics::tokensPerSecond), median(measured, Metrics::e2eMs), cost, attempts,
                    retries, backoff));
        }
        return out;
    }

    private static Double median(List<Metrics> metrics, Function<Metrics, Double> figure) {
        return Percentiles.median(metrics.stream().map(figure).filter(v -> v != null).toList());
    }
}
