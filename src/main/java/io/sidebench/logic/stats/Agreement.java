package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inter-annotator agreement: Cohen's kappa for two annotators (Cohen 1960) and Krippendorff's alpha
 * for any number, with missing ratings (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * coincidence-matrix form), at the nominal or interval level.
 */
public final class Agreement {
    private Agreement() {
    }

    public enum Level {
        /** Any two different values disagree equally. */
        NOMINAL,
        /** Disagreement is the squared difference of the values. */
        INTERVAL
    }

    /** Agreement on one rubric dimension of a run. */
    public record Result(String dimension, int units, List<String> annotators, Double cohenKappa,
                         Double alphaNominal, Double alphaInterval) {
    }

    /**
     * Cohen's kappa of two annotators' labels of the same items (index i of both lists is one item; items
     * where either label is {@code null} are left out). {@code null} when undefined (no items, or both
     * annotators always used one and the same label).
     */
    public static Double cohenKappa(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("both annotators must label the same items");
        }
        Map<Object, Integer> countA = new HashMap<>();
        Map<Object, Integer> countB = new HashMap<>();
        int n = 0;
        int agree = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == null || b.get(i) == null) {
                continue;
            }
            n++;
            if (Objects.equals(a.get(i), b.get(i))) {
                agree++;
            }
            countA.merge(a.get(i), 1, Integer::sum);
            countB.merge(b.get(i), 1, Integer::sum);
        }
        if (n == 0) {
            return null;
        }
        double po = (double) agree / n;
        double pe = 0;
        for (Map.Entry<Object, Integer> e : countA.entrySet()) {
            pe += (double) e.getValue() / n * countB.getOrDefault(e.getKey(), 0) / n;
        }
        if (pe >= 1.0) {
            return null;
        }
        return (po - pe) / (1 - pe);
    }

    /**
     * Krippendorff's alpha. Each element of {@code units} holds the values the coders gave one unit
     * (missing values simply absent); units with fewer than two values are not pairable and ignored.
     * {@code null} when undefined (fewer than two pairable values, or no variation at all).
     */
    public static Double krippendorffAlpha(List<? extends Collection<Double>> units, Level level) {
        Map<Double, Double> valueCounts = new TreeMap<>();
        double observed = 0;
        double n = 0;
        for (Collection<Double> unit : units) {
            List<Double> values = unit.stream().filter(Objects::nonNull).toList();
            int m = values.size();
            if (m < 2) {
                continue;
            }
            double within = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        within += delta2(values.get(i), values.get(j), level);
                    }
                }
            }
            observed += within / (m - 1);
            for (Double v : values) {
                valueCounts.merge(v, 1.0, Double::sum);
            }
            n += m;
        }
        if (n < 2) {
            return null;
        }
        double expected = 0;
        for (Map.Entry<Double, Double> c : valueCounts.entrySet()) {
            for (Map.Entry<Double, Double> k : valueCounts.entrySet()) {
                expected += c.getValue() * k.getValue() * delta2(c.getKey(), k.getKey(), level);
            }
        }
        if (expected == 0) {
            return null;
        }
        return 1 - (n - 1) * observed / expected;
    }

    private static double delta2(double a, double b, Level level) {
        return level == Level.NOMINAL ? (a == b ? 0 : 1) : (a - b) * (a - b);
    }

    /** Agreement per rubric dimension found in the annotations (units = completions). */
    public static List<Result> ofAnnotations(List<Annotation> annotations) {
        Map<String, Map<Long, Map<String, Double>>> byDimension = new TreeMap<>();
        for (Annotation a : annotations) {
            for (Map.Entry<String, Double> r : a.ratings().entrySet()) {
                if (r.getValue() != null) {
                    byDimension.computeIfAbsent(r.getKey(), k -> new TreeMap<>())
                            .computeIfAbsent(a.completionId(), k -> new TreeMap<>()).put(a.annotator(), r.getValue());
                }
            }
        }
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, Map<Long, Map<String, Double>>> d : byDimension.entrySet()) {
            TreeSet<String> annotators = new TreeSet<>();
            d.getValue().values().forEach(m -> annotators.addAll(m.keySet()));
            if (annotators.size() < 2) {
                continue;
            }
            List<Collection<Double>> units = new ArrayList<>();
            for (Map<String, Double> unit : d.getValue().values()) {
                units.add(unit.values());
            }
            Double kappa = null;
            if (annotators.size() == 2) {
                List<Double> first = new ArrayList<>();
                List<Double> second = new ArrayList<>();
                for (Map<String, Double> unit : d.getValue().values()) {
                    first.add(unit.get(annotators.first()));
                    second.add(unit.get(annotators.last()));
                }
                kappa = cohenKappa(first, second);
            }
            int shared = (int) d.getValue().values().stream().filter(m -> m.size() >= 2).count();
            out.add(new Result(d.getKey(), shared, List.copyOf(annotators), kappa,
                    krippendorffAlpha(units, Level.NOMINAL), krippendorffAlpha(units, Level.INTERVAL)));
        }
        return out;
    }
}
