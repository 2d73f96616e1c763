package io.sidebench.logic.export;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of the mean, with a fixed seed so a report is the same every time it is
 * exported. (A local helper for reports; the statistics package computes the analysis figures.)
 */
final class Bootstrap {
    static final int RESAMPLES = 1000;

    private Bootstrap() {
    }

    static Interval mean(DoubleColumn values, long seed) {
        double[] x = values.finite();
        int n = x.length;
        if (n == 0) {
            return Interval.EMPTY;
        }
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        if (n == 1) {
            return new Interval(mean, Double.NaN, Double.NaN, 1);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(mean, means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                means[(int) Math.ceil(0.975 * (RESAMPLES - 1))], n);
    }

    static double median(DoubleColumn values) {
        double[] x = values.finite();
        Arrays.sort(x);
        if (x.length == 0) {
            return Double.NaN;
        }
        int mid = x.length / 2;
        return x.length % 2 == 1 ? x[mid] : (x[mid - 1] + x[mid]) / 2.0;
    }
}
