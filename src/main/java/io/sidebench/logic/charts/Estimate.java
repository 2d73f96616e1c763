package io.sidebench.logic.charts;

/**
 * A point estimate with its confidence interval, e.g. a model's mean tokens/s with a 95 % bootstrap
 * interval.
 *
 * @param series   the bar's series (usually the model)
 * @param category the bar's category (a prompt category, or the model again for one-series charts)
 * @param low      lower bound of the interval, {@code NaN} when unknown
 * @param high     upper bound of the interval, {@code NaN} when unknown
 */
public record Estimate(String series, String category, double value, double low, double high) {
    /** An estimate of one model, for charts with one bar per model. */
    public static Estimate of(String model, double value, double low, double high) {
        return new Estimate(model, model, value, low, high);
    }
}
