package io.sidebench.logic.answers;

import io.sidebench.model.VoteOutcome;

/**
 * A pairwise verdict from a file: {@code left} and {@code right} are the models in the order the file shows them
 * (model_a/model_b, model_1/model_2, A/B), the outcome in those terms.
 *
 * @param voter the annotator, or the judge model's name when {@code judge}
 */
public record PairRecord(long line, String promptId, String promptText, String left, String right,
                         VoteOutcome outcome, String voter, boolean judge) {
}
