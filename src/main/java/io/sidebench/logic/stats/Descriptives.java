package io.sidebench.logic.stats;

import java.util.Arrays;

/** Plain descriptive statistics on arrays. */
public final class Descriptives {
    private Descriptives() {
    }

    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The q-quantile with linear interpolation between order statistics (Hyndman &amp; Fan type 7, the
     * default of R and NumPy).
     */
    public static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileSorted(sorted, q);
    }

    static double quantileSorted(double[] sorted, double q) {
        if (q <= 0) {
            return sorted[0];
        }
        if (q >= 1) {
            return sorted[sorted.length - 1];
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double variance(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return ss / (values.length - 1);
    }
}
