package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import io.sidebench.model.ScaleType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inter-annotator agreement on each rubric dimension, at the level of measurement that fits it:
 * Krippendorff's alpha at the ordinal level for numeric scales and the nominal level for pass/fail (any
 * number of annotators, missing ratings allowed); for every pair of annotators who rated the same answers,
 * Cohen's kappa and, on numeric scales, weighted kappa (linear and quadratic weights); the number of
 * answers rated by more than one annotator; the Landis–Koch band of alpha, named as a convention.
 */
public final class DimensionAgreement {
    /** Fewer answers rated by more than one annotator give no plain-language reading (too little to read). */
    public static final int MIN_SHARED_FOR_READING = 5;

    private DimensionAgreement() {
    }

    /** Cohen's kappas of two annotators on the answers both rated. */
    public record Pair(String first, String second, int items, Double kappa, Double kappaLinear,
                       Double kappaQuadratic) {
    }

    /**
     * @param sharedItems answers rated by more than one annotator (the only ones alpha and kappa use)
     * @param alpha       Krippendorff's alpha at {@code level}
     * @param band        Landis–Koch reading of alpha, {@code null} without alpha or with fewer than
     *                    {@link #MIN_SHARED_FOR_READING} shared answers
     * @param kappa       with exactly two annotators, their Cohen's kappa (the first pair), else {@code null}
     */
    public record Result(String dimension, ScaleType scale, Agreement.Level level, int sharedItems,
                         List<String> annotators, Double alpha, Agreement.Band band, Double kappa,
                         Double kappaLinear, Double kappaQuadratic, List<Pair> pairs) {
        public Result {
            annotators = List.copyOf(annotators);
            pairs = List.copyOf(pairs);
        }
    }

    /** Per dimension (in the given order) that at least two annotators rated. */
    public static List<Result> compute(List<HumanRatings.Dimension> dimensions, List<Annotation> annotations) {
        List<Result> out = new ArrayList<>();
        for (HumanRatings.Dimension d : dimensions) {
            Map<Long, Map<String, Double>> byAnswer = new TreeMap<>();
            TreeSet<String> annotators = new TreeSet<>();
            for (Annotation a : annotations) {
                Double v = a.ratings().get(d.name());
                if (v != null && Double.isFinite(v)) {
                    byAnswer.computeIfAbsent(a.completionId(), k -> new TreeMap<>()).put(a.annotator(), v);
                    annotators.add(a.annotator());
                }
            }
            if (annotators.size() < 2) {
                continue;
            }
            out.add(of(d, byAnswer, annotators));
        }
        return out;
    }

    private static Result of(HumanRatings.Dimension d, Map<Long, Map<String, Double>> byAnswer,
                             TreeSet<String> annotators) {
        boolean passFail = d.scale() == ScaleType.PASS_FAIL;
        Agreement.Level level = passFail ? Agreement.Level.NOMINAL : Agreement.Level.ORDINAL;
        List<Collection<Double>> units = new ArrayList<>();
        int shared = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (Map<String, Double> unit : byAnswer.values()) {
            units.add(unit.values());
            if (unit.size() >= 2) {
                shared++;
            }
            for (double v : unit.values()) {
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
            }
        }
        int min = d.min() != null ? d.min() : (int) Math.floor(lowest);
        int max = d.max() != null ? d.max() : (int) Math.ceil(highest);
        Double alpha = Agreement.krippendorffAlpha(units, level);
        List<String> names = List.copyOf(annotators);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                List<Double> first = new ArrayList<>();
                List<Double> second = new ArrayList<>();
                for (Map<String, Double> unit : byAnswer.values()) {
                    Double x = unit.get(names.get(i));
                    Double y = unit.get(names.get(j));
                    if (x != null && y != null) {
                        first.add(x);
                        second.add(y);
                    }
                }
                if (first.isEmpty()) {
                    continue;
                }
                boolean ordinal = !passFail && min < max && integral(first) && integral(second);
                pairs.add(new Pair(names.get(i), names.get(j), first.size(), Agreement.cohenKappa(first, second),
                        ordinal ? Agreement.weightedKappa(first, second, min, max, Agreement.Weights.LINEAR) : null,
                        ordinal ? Agreement.weightedKappa(first, second, min, max, Agreement.Weights.QUADRATIC)
                                : null));
            }
        }
        Pair only = names.size() == 2 && !pairs.isEmpty() ? pairs.get(0) : null;
        return new Result(d.name(), d.scale(), level, shared, names, alpha,
                shared >= MIN_SHARED_FOR_READING ? Agreement.Band.of(alpha) : null,
                only == null ? null : only.kappa(), only == null ? null : only.kappaLinear(),
                only == null ? null : only.kappaQuadratic(), pairs);
    }

    private static boolean integral(List<Double> values) {
        return values.stream().allMatch(v -> v == Math.rint(v));
    }
}
