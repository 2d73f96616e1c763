package io.sidebench.model;

public enum CompletionStatus {
    /** The model answered every turn. */
    OK,
    /** The request failed; {@code text} may hold what arrived before the failure. */
    ERROR
}
