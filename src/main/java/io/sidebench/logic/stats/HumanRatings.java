package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Human ratings per rubric dimension, per model (all prompts and per category), each on the dimension's
 * own scale. Never a mean across dimensions of different scales.
 * <ul>
 * <li>The unit is an answer (completion): when several annotators rated it, its value is the mean of
 *     their ratings; {@code n} is the number of rated answers.</li>
 * <li>Numeric dimensions: mean with a percentile bootstrap 95 % interval ({@link Bootstrap}, fixed seed).</li>
 * <li>Pass/fail dimensions: pass rate with a Wilson interval (n = rated answers, passes = the sum of the
 *     answers' pass shares).</li>
 * <li>The overall human score exists only when the rubric gives weights: per answer that has every
 *     weighted dimension rated, the weighted mean of (v - min) / (max - min), so 0-1; mean and bootstrap
 *     interval as for numeric dimensions. It is labelled {@link #OVERALL_LABEL} wherever it appears.</li>
 * </ul>
 * Dimensions that were rated but are not (or no longer) in the rubric are reported as numeric with the
 * scale unknown.
 */
public final class HumanRatings {
    /** The metric id of the overall human score. */
    public static final String OVERALL = "human:overall";
    public static final String OVERALL_LABEL = "overall human score (weighted mean of (v−min)/(max−min), 0–1)";
    /** Metric ids of single dimensions are this prefix and the dimension's name. */
    public static final String PREFIX = "human:";

    private HumanRatings() {
    }

    public enum Kind {
        /** Mean on the dimension's scale, bootstrap interval. */
        MEAN,
        /** Share of passes 0-1, Wilson interval. */
        PASS_RATE,
        /** The weighted overall score 0-1, bootstrap interval. */
        OVERALL
    }

    /**
     * A dimension as the statistics see it. {@code min}/{@code max} are {@code null} when the dimension is
     * not in the rubric.
     */
    public record Dimension(String name, ScaleType scale, Integer min, Integer max, Double weight, boolean inRubric) {
        public Kind kind() {
            return scale == ScaleType.PASS_FAIL ? Kind.PASS_RATE : Kind.MEAN;
        }

        /** "1–5", "pass/fail" or "scale unknown". */
        public String scaleLabel() {
            if (scale == ScaleType.PASS_FAIL) {
                return "pass/fail";
            }
            return min == null ? "scale unknown" : min + "–" + max;
        }
    }

    /**
     * One dimension × model (× category) figure. {@code category} is {@code null} for all prompts.
     * {@code value} is the mean, pass rate or overall score; {@code null} with n 0.
     */
    public record Cell(String dimension, Kind kind, long modelId, String model, String category, int n,
                       Double value, Double low, Double high) {
        public boolean hasInterval() {
            return low != null && high != null;
        }
    }

    /** @param dimensions the rubric's dimensions in rubric order, then any others rated, by name */
    public record Result(List<Dimension> dimensions, List<Cell> cells, boolean hasOverall, double level) {
        public Result {
            dimensions = List.copyOf(dimensions);
            cells = List.copyOf(cells);
        }

        public static Result empty(double level) {
            return new Result(List.of(), List.of(), false, level);
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(c -> c.n() == 0);
        }

        /** The cell for a dimension (or {@link #OVERALL}) and model, all prompts; {@code null} when none. */
        public Cell cell(String dimension, long modelId) {
            return cells.stream().filter(c -> c.dimension().equals(dimension) && c.modelId() == modelId
                    && c.category() == null).findFirst().orElse(null);
        }

        /** The names of the metric ids this result offers for a leaderboard, dimensions first. */
        public List<String> metricIds() {
            List<String> out = new ArrayList<>();
            dimensions.forEach(d -> out.add(PREFIX + d.name()));
            if (hasOverall) {
                out.add(OVERALL);
            }
            return out;
        }

        /** Cells of one metric id ({@code human:NAME} or {@code human:overall}) as summaries for a leaderboard. */
        public List<MetricSummaries.Group> groups(String metricId) {
            String dimension = metricId.equals(OVERALL) ? OVERALL : metricId.substring(PREFIX.length());
            List<MetricSummaries.Group> out = new ArrayList<>();
            for (Cell c : cells) {
                if (c.dimension().equals(dimension)) {
                    out.add(new MetricSummaries.Group(metricId, c.kind() == Kind.PASS_RATE ? "pass rate" : null,
                            c.modelId(), c.model(), c.category(), new Summary(c.n(), c.value(), null, c.low(),
                            c.high(), level)));
                }
            }
            return out;
        }
    }

    /** The dimensions: rubric order first, then names rated but not in the rubric, sorted. */
    public static List<Dimension> dimensions(List<RubricDimension> rubric, List<Annotation> annotations) {
        List<Dimension> out = new ArrayList<>();
        TreeSet<String> known = new TreeSet<>();
        for (RubricDimension d : rubric) {
            if (known.add(d.name())) {
                out.add(new Dimension(d.name(), d.scale(), d.min(), d.max(), d.weight(), true));
            }
        }
        TreeSet<String> others = new TreeSet<>();
        for (Annotation a : annotations) {
            a.ratings().forEach((k, v) -> {
                if (v != null && !known.contains(k)) {
                    others.add(k);
                }
            });
        }
        others.forEach(name -> out.add(new Dimension(name, ScaleType.NUMERIC, null, null, null, false)));
        return out;
    }

    /** Per answer (completion id), per dimension, the mean of its annotators' ratings. */
    static Map<Long, Map<String, Double>> perAnswer(List<Annotation> annotations) {
        Map<Long, Map<String, double[]>> sums = new TreeMap<>();
        for (Annotation a : annotations) {
            a.ratings().forEach((k, v) -> {
                if (v != null && Double.isFinite(v)) {
                    double[] s = sums.computeIfAbsent(a.completionId(), x -> new TreeMap<>())
                            .computeIfAbsent(k, x -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
            });
        }
        Map<Long, Map<String, Double>> out = new TreeMap<>();
        sums.forEach((id, m) -> {
            Map<String, Double> values = new TreeMap<>();
            m.forEach((k, s) -> values.put(k, s[0] / s[1]));
            out.put(id, values);
        });
        return out;
    }

    /** The weighted overall 0-1 score of one answer, {@code null} unless every weighted dimension is rated. */
    static Double overall(List<RubricDimension> rubric, Map<String, Double> ratings) {
        double sum = 0;
        double weights = 0;
        for (RubricDimension d : rubric) {
            if (!d.weighted()) {
                continue;
            }
            Double v = ratings.get(d.name());
            if (v == null) {
                return null;
            }
            sum += d.weight() * d.normalise(v);
            weights += d.weight();
        }
        return weights == 0 ? null : sum / weights;
    }

    public static Result compute(RunDataset data, List<RubricDimension> rubric, Bootstrap bootstrap) {
        List<Dimension> dimensions = dimensions(rubric, data.annotations());
        boolean hasOverall = rubric.stream().anyMatch(RubricDimension::weighted);
        Map<Long, Map<String, Double>> answers = perAnswer(data.annotations());
        Map<Long, Completion> completions = new HashMap<>();
        data.completions().forEach(c -> completions.put(c.id(), c));
        TreeSet<String> categories = new TreeSet<>();
        data.prompts().keySet().forEach(id -> categories.add(data.category(id)));
        // dimension -> model -> category ("" for all) -> values in completion-id order
        Map<String, Map<Long, Map<String, List<Double>>>> values = new LinkedHashMap<>();
        for (Map.Entry<Long, Map<String, Double>> a : answers.entrySet()) {
            Completion c = completions.get(a.getKey());
            if (c == null) {
                continue;
            }
            String category = data.category(c.cell().promptId());
            Map<String, Double> ratings = new LinkedHashMap<>(a.getValue());
            if (hasOverall) {
                Double o = overall(rubric, a.getValue());
                if (o != null) {
                    ratings.put(OVERALL, o);
                }
            }
            ratings.forEach((dimension, v) -> {
                Map<String, List<Double>> byCategory = values.computeIfAbsent(dimension, k -> new HashMap<>())
                        .computeIfAbsent(c.cell().modelId(), k -> new HashMap<>());
                byCategory.computeIfAbsent("", k -> new ArrayList<>()).add(v);
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(v);
            });
        }
        List<Cell> cells = new ArrayList<>();
        List<String> names = new ArrayList<>(dimensions.stream().map(Dimension::name).toList());
        List<Kind> kinds = new ArrayList<>(dimensions.stream().map(Dimension::kind).toList());
        if (hasOverall) {
            names.add(OVERALL);
            kinds.add(Kind.OVERALL);
        }
        for (int i = 0; i < names.size(); i++) {
            String dimension = names.get(i);
            Kind kind = kinds.get(i);
            for (long model : data.modelIds()) {
                Map<String, List<Double>> byCategory = values.getOrDefault(dimension, Map.of())
                        .getOrDefault(model, Map.of());
                cells.add(cell(dimension, kind, model, data.modelName(model), null,
                        byCategory.getOrDefault("", List.of()), bootstrap));
                if (categories.size() > 1) {
                    for (String category : categories) {
                        cells.add(cell(dimension, kind, model, data.modelName(model), category,
                                byCategory.getOrDefault(category, List.of()), bootstrap));
                    }
                }
            }
        }
        return new Result(dimensions, cells, hasOverall, bootstrap.level());
    }

    private static Cell cell(String dimension, Kind kind, long model, String modelName, String category,
                             List<Double> values, Bootstrap bootstrap) {
        int n = values.size();
        if (n == 0) {
            return new Cell(dimension, kind, model, modelName, category, 0, null, null, null);
        }
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (kind == Kind.PASS_RATE) {
            double passes = values.stream().mapToDouble(Double::doubleValue).sum();
            double[] w = Wilson.interval(passes, n, bootstrap.level());
            return new Cell(dimension, kind, model, modelName, category, n, passes / n, w[0], w[1]);
        }
        Summary s = bootstrap.summarize(array);
        return new Cell(dimension, kind, model, modelName, category, n, s.mean(), s.ciLow(), s.ciHigh());
    }
}
