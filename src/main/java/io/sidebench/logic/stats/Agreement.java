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
 * coincidence-matrix form), at the nominal, ordinal or interval level; Cohen's weighted kappa (Cohen 1968)
 * for ordinal scales; the Landis–Koch bands as a named reading convention. Per rubric dimension see
 * {@link DimensionAgreement}.
 */
public final class Agreement {
    private Agreement() {
    }

    public enum Level {
        /** Any two different values disagree equally. */
        NOMINAL,
        /** Values are ranks: disagreement grows with how many values lie between them. */
        ORDINAL,
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
     * {@code null} when undefined (fewer than two pairable values, or no variation at all). At the ordinal
     * level the difference of values c and k is (n_c/2 + sum of n_g strictly between + n_k/2)^2 with n_g the
     * number of pairable values g (Krippendorff 2011, section E).
     */
    public static Double krippendorffAlpha(List<? extends Collection<Double>> units, Level level) {
        List<List<Double>> pairable = new ArrayList<>();
        TreeMap<Double, Double> valueCounts = new TreeMap<>();
        double n = 0;
        for (Collection<Double> unit : units) {
            List<Double> values = unit.stream().filter(Objects::nonNull).toList();
            if (values.size() < 2) {
                continue;
            }
            pairable.add(values);
            for (Double v : values) {
                valueCounts.merge(v, 1.0, Double::sum);
            }
            n += values.size();
        }
        if (n < 2) {
            return null;
        }
        Delta delta = delta(level, valueCounts);
        double observed = 0;
        for (List<Double> values : pairable) {
            int m = values.size();
            double within = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        within += delta.of(values.get(i), values.get(j));
                    }
                }
            }
            observed += within / (m - 1);
        }
        double expected = 0;
        for (Map.Entry<Double, Double> c : valueCounts.entrySet()) {
            for (Map.Entry<Double, Double> k : valueCounts.entrySet()) {
                expected += c.getValue() * k.getValue() * delta.of(c.getKey(), k.getKey());
            }
        }
        if (expected == 0) {
            return null;
        }
        return 1 - (n - 1) * observed / expected;
    }

    private interface Delta {
        double of(double a, double b);
    }

    private static Delta delta(Level level, TreeMap<Double, Double> counts) {
        return switch (level) {
            case NOMINAL -> (a, b) -> a == b ? 0 : 1;
            case INTERVAL -> (a, b) -> (a - b) * (a - b);
            case ORDINAL -> (a, b) -> {
                if (a == b) {
                    return 0;
                }
                double low = Math.min(a, b);
                double high = Math.max(a, b);
                double sum = (counts.get(low) + counts.get(high)) / 2;
                for (double g : counts.subMap(low, false, high, false).values()) {
                    sum += g;
                }
                return sum * sum;
            };
        };
    }

    /** Agreement weights of Cohen's weighted kappa (Cohen 1968) on k ordered categories. */
    public enum Weights {
        /** 1 - |i - j| / (k - 1). */
        LINEAR,
        /** 1 - (i - j)^2 / (k - 1)^2 (Fleiss &amp; Cohen 1973). */
        QUADRATIC
    }

    /**
     * Cohen's weighted kappa of two annotators' ratings on the integer scale {@code min..max} (index i of
     * both lists is one item; items where either is {@code null} are left out):
     * (p_o,w - p_e,w) / (1 - p_e,w) with p_o,w = sum w_ij p_ij and p_e,w = sum w_ij p_i. p_.j. {@code null}
     * when undefined (no items, or chance agreement 1).
     */
    public static Double weightedKappa(List<Double> a, List<Double> b, int min, int max, Weights weights) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("both annotators must label the same items");
        }
        if (min >= max) {
            throw new IllegalArgumentException("the scale needs min below max");
        }
        int k = max - min + 1;
        double[][] table = new double[k][k];
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            Double x = a.get(i);
            Double y = b.get(i);
            if (x == null || y == null) {
                continue;
            }
            int r = (int) Math.round(x) - min;
            int c = (int) Math.round(y) - min;
            if (r < 0 || r >= k || c < 0 || c >= k) {
                throw new IllegalArgumentException("rating outside the scale " + min + "-" + max);
            }
            table[r][c]++;
            n++;
        }
        if (n == 0) {
            return null;
        }
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j] / n;
                cols[j] += table[i][j] / n;
            }
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d = Math.abs(i - j) / (double) (k - 1);
                double w = weights == Weights.LINEAR ? 1 - d : 1 - d * d;
                po += w * table[i][j] / n;
                pe += w * rows[i] * cols[j];
            }
        }
        if (pe >= 1.0 - 1e-15) {
            return null;
        }
        return (po - pe) / (1 - pe);
    }

    /**
     * The Landis &amp; Koch (1977) reading of a kappa-type coefficient, a convention rather than a test:
     * below 0 poor, to 0.20 slight, to 0.40 fair, to 0.60 moderate, to 0.80 substantial, above almost perfect.
     */
    public enum Band {
        POOR("poor"), SLIGHT("slight"), FAIR("fair"), MODERATE("moderate"), SUBSTANTIAL("substantial"),
        ALMOST_PERFECT("almost perfect");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** {@code null} for {@code null}. */
        public static Band of(Double coefficient) {
            if (coefficient == null || coefficient.isNaN()) {
                return null;
            }
            double c = coefficient;
            return c < 0 ? POOR : c <= 0.20 ? SLIGHT : c <= 0.40 ? FAIR : c <= 0.60 ? MODERATE
                    : c <= 0.80 ? SUBSTANTIAL : ALMOST_PERFECT;
        }
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
