package io.sidebench.model;

/**
 * A computed score of one completion.
 *
 * @param scorer    the scorer's id, e.g. {@code rougeL}, {@code chrf}, {@code embedding}, {@code judge:gpt-4o}
 * @param value     the score, {@code null} when it could not be computed (see detail)
 * @param detail    rationale, judge output or the reason there is no value
 * @param inputHash hash of the inputs, so a score is recomputed only when they change
 */
public record Score(long completionId, String scorer, Double value, String detail, String inputHash) {
}
