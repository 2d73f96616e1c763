package io.sidebench.logic.stats;

/**
 * Mean, median and a bootstrap confidence interval of the mean of one sample.
 *
 * @param ciLow  lower bound of the interval, {@code null} when the sample has fewer than two values
 * @param ciHigh upper bound, likewise
 * @param level  the interval's confidence level, e.g. 0.95
 */
public record Summary(int n, Double mean, Double median, Double ciLow, Double ciHigh, double level) {
    public static Summary empty(double level) {
        return new Summary(0, null, null, null, null, level);
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
