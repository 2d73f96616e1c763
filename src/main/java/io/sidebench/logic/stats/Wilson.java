package io.sidebench.logic.stats;

/**
 * The Wilson score interval of a proportion (Wilson 1927; Brown, Cai &amp; DasGupta 2001 recommend it
 * over the Wald interval for small n and proportions near 0 or 1).
 */
public final class Wilson {
    private Wilson() {
    }

    /** The two-sided normal quantile for a confidence level, e.g. 1.959964 for 0.95. */
    public static double z(double level) {
        return NormalQuantile.of(1 - (1 - level) / 2);
    }

    /**
     * {low, high} for {@code successes} out of {@code n} at the given level; {@code successes} may be
     * fractional (a share of annotators). {@code null} when n is 0.
     */
    public static double[] interval(double successes, int n, double level) {
        if (n <= 0) {
            return null;
        }
        double p = successes / n;
        double z = z(level);
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
