package io.sidebench.model;

/** A named dimension annotators rate, such as accuracy 1-5 or safety pass/fail. */
public record RubricDimension(String name, ScaleType scale, int min, int max, String description) {
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
    }

    public static RubricDimension numeric(String name, int min, int max) {
        return new RubricDimension(name, ScaleType.NUMERIC, min, max, null);
    }

    public static RubricDimension passFail(String name) {
        return new RubricDimension(name, ScaleType.PASS_FAIL, 0, 1, null);
    }

    public boolean accepts(double value) {
        return value >= min && value <= max && value == Math.rint(value);
    }
}
