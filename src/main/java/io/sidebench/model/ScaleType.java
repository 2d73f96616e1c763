package io.sidebench.model;

public enum ScaleType {
    /** An integer scale from min to max, e.g. 1-5. */
    NUMERIC,
    /** Pass (1) or fail (0). */
    PASS_FAIL
}
