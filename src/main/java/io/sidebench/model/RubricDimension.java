package io.sidebench.model;

/**
 * A named dimension annotators rate, such as accuracy 1-5 or safety pass/fail.
 *
 * @param weight this dimension's weight in the rubric's overall human score, {@code null} (or 0) when it
 *               does not count; the overall score exists only when at least one dimension has a weight.
 *               Projects written before weights existed simply have none (the field is absent in JSON).
 */
public record RubricDimension(String name, ScaleType scale, int min, int max, String description, Double weight) {
    public RubricDimension {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rubric dimension needs a name");
        }
        if (scale == ScaleType.PASS_FAIL) {
            min = 0;
            max = 1;
        }
        if (min >= max) {
            throw new IllegalArgumentException("rubric dimension '" + name + "': min must be below max");
        }
        if (weight != null && !(weight >= 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("rubric dimension '" + name + "': the weight must be 0 or more");
        }
    }

    /** A dimension without a weight. */
    public RubricDimension(String name, ScaleType scale, int min, int max, String description) {
        this(name, scale, min, max, description, null);
    }

    public static RubricDimension numeric(String name, int min, int max) {
        return new RubricDimension(name, ScaleType.NUMERIC, min, max, null);
    }

    public static RubricDimension passFail(String name) {
        return new RubricDimension(name, ScaleType.PASS_FAIL, 0, 1, null);
    }

    public RubricDimension withWeight(Double newWeight) {
        return new RubricDimension(name, scale, min, max, description, newWeight);
    }

    /** True when this dimension counts in the overall score. */
    public boolean weighted() {
        return weight != null && weight > 0;
    }

    /** The value on this dimension's scale mapped to 0-1: (v - min) / (max - min). */
    public double normalise(double value) {
        return (value - min) / (double) (max - min);
    }

    public boolean accepts(double value) {
        return value >= min && value <= max && value == Math.rint(value);
    }
}
