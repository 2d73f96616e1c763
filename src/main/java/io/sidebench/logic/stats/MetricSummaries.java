package io.sidebench.logic.stats;

import io.sidebench.model.Completion;
import io.sidebench.model.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Mean, median and bootstrap intervals per model (all prompts and per category) for every score and
 * every speed metric of a run. Only successful completions count; each completion (repeat) is one
 * observation; scores without a value are left out.
 */
public final class MetricSummaries {
    /** Scorer ids ending {@code #tN} score turn N of a multi-turn answer (see docs/answer-import.md). */
    public static final String TURN_SUFFIX = "#t";
    private static final java.util.regex.Pattern PER_TURN = java.util.regex.Pattern.compile("(.+)#t\\d+");

    private MetricSummaries() {
    }

    /** One metric's summary for one model; {@code category} is {@code null} for all prompts together. */
    public record Group(String metric, String unit, long modelId, String model, String category, Summary summary) {
    }

    /**
     * Every observation of the run: scores first (by scorer), then the speed metrics. Baselines send no request,
     * so they have no speed figures (their in-process timings would read as millions of tokens per second).
     */
    public static List<Observation> observations(RunDataset data) {
        Map<Long, Completion> completions = new HashMap<>();
        List<Observation> out = new ArrayList<>();
        for (Completion c : data.completions()) {
            if (c.isOk()) {
                completions.put(c.id(), c);
            }
        }
        for (Score s : data.scores()) {
            Completion c = completions.get(s.completionId());
            if (c != null && s.value() != null && Double.isFinite(s.value())) {
                java.util.regex.Matcher perTurn = PER_TURN.matcher(s.scorer());
                if (perTurn.matches()) {
                    // a per-turn score (imported MT-Bench judgments) also counts, once per turn, towards its scorer
                    out.add(new Observation(perTurn.group(1), c.cell().modelId(), c.cell().promptId(),
                            c.cell().repeat(), data.category(c.cell().promptId()), s.value()));
                }
                out.add(new Observation(s.scorer(), c.cell().modelId(), c.cell().promptId(), c.cell().repeat(),
                        data.category(c.cell().promptId()), s.value()));
            }
        }
        java.util.Set<Long> untimed = new java.util.HashSet<>();
        data.models().stream().filter(io.sidebench.model.ModelConfig::isBaseline).forEach(m -> untimed.add(m.id()));
        for (SpeedMetric m : SpeedMetric.values()) {
            for (Completion c : completions.values()) {
                if (untimed.contains(c.cell().modelId())) {
                    continue;
                }
                Double v = m.of(c.metrics());
                if (v != null && Double.isFinite(v)) {
                    out.add(new Observation(m.id(), c.cell().modelId(), c.cell().promptId(), c.cell().repeat(),
                            data.category(c.cell().promptId()), v));
                }
            }
        }
        return out;
    }

    /** Summaries for every metric × model, overall and per category (categories only when there are several). */
    public static List<Group> summarize(RunDataset data, Bootstrap bootstrap) {
        List<Observation> all = observations(data);
        Map<String, List<Observation>> byMetric = new LinkedHashMap<>();
        for (Observation o : all) {
            byMetric.computeIfAbsent(o.metric(), k -> new ArrayList<>()).add(o);
        }
        TreeSet<String> categories = new TreeSet<>();
        data.prompts().keySet().forEach(id -> categories.add(data.category(id)));
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> e : byMetric.entrySet()) {
            SpeedMetric speed = SpeedMetric.byId(e.getKey());
            String unit = speed == null ? null : speed.unit();
            for (long model : data.modelIds()) {
                out.add(new Group(e.getKey(), unit, model, data.modelName(model), null,
                        bootstrap.summarize(values(e.getValue(), model, null))));
                if (categories.size() > 1) {
                    for (String category : categories) {
                        out.add(new Group(e.getKey(), unit, model, data.modelName(model), category,
                                bootstrap.summarize(values(e.getValue(), model, category))));
                    }
                }
            }
        }
        return out;
    }

    static double[] values(List<Observation> observations, long model, String category) {
        return observations.stream()
                .filter(o -> o.modelId() == model && (category == null || category.equals(o.category())))
                .mapToDouble(Observation::value).toArray();
    }

    /** Per prompt, the model's mean value of a metric over repeats (for paired comparisons). */
    public static Map<Long, Double> perPrompt(List<Observation> observations, String metric, long model) {
        Map<Long, double[]> sums = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o.modelId() == model && o.metric().equals(metric)) {
                double[] s = sums.computeIfAbsent(o.promptId(), k -> new double[2]);
                s[0] += o.value();
                s[1]++;
            }
        }
        Map<Long, Double> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        return out;
    }
}
