package io.sidebench.logic.export;

import java.util.Locale;

/** A mean with its 95 % confidence interval over {@code n} values; all NaN when {@code n} is 0. */
public record Interval(double mean, double low, double high, int n) {
    public static final Interval EMPTY = new Interval(Double.NaN, Double.NaN, Double.NaN, 0);

    public boolean isEmpty() {
        return n == 0 || Double.isNaN(mean);
    }

    /** "0.62 [0.58, 0.66]" with the given number of decimals; "–" when empty. */
    public String format(int decimals) {
        if (isEmpty()) {
            return "–";
        }
        String f = "%." + decimals + "f";
        if (n < 2 || Double.isNaN(low)) {
            return String.format(Locale.ROOT, f, mean);
        }
        return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", mean, low, high);
    }
}
