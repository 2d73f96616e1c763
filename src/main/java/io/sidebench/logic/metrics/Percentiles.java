package io.sidebench.logic.metrics;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles by linear interpolation between closest ranks (numpy's default, as benchmark tools use). */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param p between 0 and 100
     * @return the p-th percentile, {@code null} for no values
     */
    public static Double of(double[] values, double p) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sortedPercentile(sorted, p);
    }

    public static Double of(Collection<Double> values, double p) {
        return of(values.stream().filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).toArray(), p);
    }

    public static Double median(Collection<Double> values) {
        return of(values, 50);
    }

    static double sortedPercentile(double[] sorted, double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within 0..100: " + p);
        }
        double rank = p / 100.0 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
