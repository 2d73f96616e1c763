package io.sidebench.logic.answers;

/** Carries a checked failure out of a store transaction, which then rolls back. */
final class Abort extends RuntimeException {
    final transient Exception failure;

    Abort(Exception failure) {
        super(failure.getMessage(), null, false, false);
        this.failure = failure;
    }
}
