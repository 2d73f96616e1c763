package io.sidebench.logic.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani 1993, ch. 13): resample the observations with replacement
 * {@code resamples} times, compute the statistic on each resample and take the (1-level)/2 and
 * (1+level)/2 quantiles of those values. Every call starts from the same seed, so results are
 * reproducible whatever else was computed before.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final double DEFAULT_LEVEL = 0.95;
    public static final long DEFAULT_SEED = 20240607L;

    private final long seed;
    private final int resamples;
    private final double level;

    public Bootstrap(long seed, int resamples, double level) {
        if (resamples < 10) {
            throw new IllegalArgumentException("at least 10 bootstrap resamples are needed, not " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, not " + level);
        }
        this.seed = seed;
        this.resamples = resamples;
        this.level = level;
    }

    public static Bootstrap defaults() {
        return new Bootstrap(DEFAULT_SEED, DEFAULT_RESAMPLES, DEFAULT_LEVEL);
    }

    public long seed() {
        return seed;
    }

    public int resamples() {
        return resamples;
    }

    public double level() {
        return level;
    }

    /** A new generator at the configured seed. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    /** Mean, median and the percentile interval of the mean. */
    public Summary summarize(double[] values) {
        if (values.length == 0) {
            return Summary.empty(level);
        }
        double mean = Descriptives.mean(values);
        double median = Descriptives.median(values);
        if (values.length < 2) {
            return new Summary(1, mean, median, null, null, level);
        }
        double[] interval = meanInterval(values);
        return new Summary(values.length, mean, median, interval[0], interval[1], level);
    }

    /** The percentile interval of the mean: {low, high}. */
    public double[] meanInterval(double[] values) {
        return interval(resampledMeans(values));
    }

    /** The means of {@code resamples} resamples of the values. */
    public double[] resampledMeans(double[] values) {
        SplittableRandom random = random();
        double[] means = new double[resamples];
        int n = values.length;
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        return means;
    }

    /** The percentile interval of bootstrap replicates: {low, high}. */
    public double[] interval(double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double alpha = 1 - level;
        return new double[] {Descriptives.quantileSorted(sorted, alpha / 2),
            Descriptives.quantileSorted(sorted, 1 - alpha / 2)};
    }
}
