package io.sidebench.logic.answers;

import io.sidebench.model.Metrics;
import java.util.List;

/**
 * One model's answer to one prompt as a file holds it: the prompt named by id and/or text, the model, the answer
 * to every turn (or to one turn), and what the file measured or scored.
 *
 * @param line        where the record starts in the file (line or spreadsheet row)
 * @param promptId    the prompt's id in the file, {@code null} when the file names prompts by text only
 * @param promptTurns the prompt's user turns as the file gives them (matching by text, adding missing prompts);
 *                    may be empty when the file names the prompt by id only
 * @param reference   the expected answer the file carries, {@code null} when none
 * @param turn        1-based turn this record answers, or 0 when {@code answers} holds every turn
 * @param metrics     figures the file carries ({@link Metrics#NONE} when it carries none)
 * @param scores      scores the file carries (promptfoo grading, say)
 */
public record AnswerRecord(long line, String promptId, List<String> promptTurns, String reference, String model,
                           int turn, List<String> answers, Metrics metrics, List<ScoreValue> scores) {
    public AnswerRecord {
        promptTurns = promptTurns == null ? List.of() : List.copyOf(promptTurns);
        answers = List.copyOf(answers);
        metrics = metrics == null ? Metrics.NONE : metrics;
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** A score of the answer from the file: scorer id, value ({@code null}: no rating), judge text or reason. */
    public record ScoreValue(String scorer, Double value, String detail) {
    }
}
