package io.sidebench.logic.store;

import io.sidebench.model.CompletionStatus;
import java.util.Collection;
import java.util.List;

/**
 * Narrow reads for the compare grid of a large run: a light row index read once, then the cells of a few
 * prompts at a time. Nothing here reads chunk timings or whole answers.
 */
public interface GridRepository {

    /** One prompt as a grid row: what sorting and the key/category/text filters need. */
    record PromptLine(long promptId, int ordinal, String key, String category, String firstUserStart) {
    }

    /**
     * What a grid cell shows of one completion: the start of the answer (at most the requested number of
     * characters), the error, two speed figures, and whether anyone annotated it.
     */
    record CellLine(long completionId, long promptId, long modelId, CompletionStatus status, String textStart,
                    String error, Double e2eMs, Double tokensPerSecond, boolean annotated) {
    }

    /** The lowest value one scorer gave any answer to one prompt of a run. */
    record ScoreFloor(long promptId, String scorer, double min) {
    }

    /** The tags of one annotation of a run's answer to a prompt. */
    record TagLine(long promptId, long completionId, List<String> tags) {
    }

    /** Every prompt of a set in ordinal order, with only the first {@code previewChars} of its first turn. */
    List<PromptLine> promptLines(long setId, int previewChars);

    /** The cells of some prompts of a run for one repeat, answers cut to {@code previewChars}. */
    List<CellLine> cellLines(long runId, int repeat, Collection<Long> promptIds, int previewChars);

    /** Per prompt and scorer, the lowest score of the run's answers (one row per pair that has a score). */
    List<ScoreFloor> scoreFloors(long runId);

    /** The annotations of the run's answers that carry tags. */
    List<TagLine> tagLines(long runId);
}
