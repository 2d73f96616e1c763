package io.sidebench.logic.export;

import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.Wilson;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's human-rating columns: one per rated rubric dimension, each on its own scale (mean with a
 * bootstrap interval, or for pass/fail the pass rate with a Wilson interval), and the weighted overall
 * 0–1 score only when the rubric gives weights. Never one mean across dimensions of different scales.
 *
 * @param key      the dimension's name, or {@link HumanRatings#OVERALL}
 * @param label    the column heading, naming the scale
 * @param passRate a pass/fail dimension: the figure is a share 0–1 with a Wilson interval
 */
public record HumanColumns(String key, String label, boolean passRate, int decimals) {

    /** Rated rubric dimensions in rubric order, then other rated dimensions; then the overall score. */
    public static List<HumanColumns> of(Objectives objectives, List<String> rated) {
        List<HumanColumns> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (RubricDimension d : objectives.rubric()) {
            if (rated.contains(d.name()) && !done.contains(d.name())) {
                done.add(d.name());
                boolean pass = d.scale() == ScaleType.PASS_FAIL;
                out.add(new HumanColumns(d.name(), pass ? d.name() + " (pass rate)"
                        : d.name() + " (" + d.min() + "–" + d.max() + ")", pass, 2));
            }
        }
        for (String name : rated) {
            if (!done.contains(name)) {
                out.add(new HumanColumns(name, name, false, 2));
            }
        }
        if (!out.isEmpty() && objectives.rubric().stream().anyMatch(RubricDimension::weighted)) {
            out.add(new HumanColumns(HumanRatings.OVERALL, "Overall human (0–1, weighted)", false, 2));
        }
        return out;
    }

    /** One answer's value per column key: the mean over annotators, and the weighted overall when defined. */
    static Map<String, Double> answerValues(Objectives objectives, Map<String, Double> perDimension) {
        Map<String, Double> out = new LinkedHashMap<>(perDimension);
        double sum = 0;
        double weights = 0;
        boolean complete = false;
        for (RubricDimension d : objectives.rubric()) {
            if (d.weighted()) {
                Double v = perDimension.get(d.name());
                if (v == null) {
                    complete = false;
                    weights = 0;
                    break;
                }
                complete = true;
                sum += d.weight() * d.normalise(v);
                weights += d.weight();
            }
        }
        if (complete && weights > 0) {
            out.put(HumanRatings.OVERALL, sum / weights);
        }
        return out;
    }

    /** The column's figure for one model's per-answer values. */
    Interval interval(DoubleColumn values, long seed) {
        if (!passRate) {
            return Bootstrap.mean(values, seed);
        }
        double[] x = values.finite();
        if (x.length == 0) {
            return Interval.EMPTY;
        }
        double passes = 0;
        for (double v : x) {
            passes += v;
        }
        double[] w = Wilson.interval(passes, x.length, 0.95);
        return new Interval(passes / x.length, w[0], w[1], x.length);
    }
}
