package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportOptions;
import java.util.List;

/**
 * How to import a file of answers.
 *
 * @param format            the format, or {@code null} to detect it
 * @param setName           the prompt set the answers belong to, or {@code null} for the project's only set
 * @param runName           the new run's name, or {@code null} for "imported FILE"
 * @param modelColumns      for wide tables: the columns holding models' answers (empty: every column that is
 *                          not the prompt, id, reference, category or system)
 * @param addMissingPrompts add prompts the set lacks instead of refusing them
 * @param maxChars          the longest line (and text value) accepted
 * @param columns           the columns chosen for parts of a record (tables and long JSON records); the usual
 *                          names for the rest
 */
public record AnswerOptions(AnswerFormat format, String setName, String runName, List<String> modelColumns,
                            boolean addMissingPrompts, int maxChars, AnswerColumns columns) {
    public AnswerOptions {
        modelColumns = modelColumns == null ? List.of() : List.copyOf(modelColumns);
        columns = columns == null ? AnswerColumns.usual() : columns;
        if (maxChars < 16) {
            throw new IllegalArgumentException("maxChars must be at least 16");
        }
    }

    public static AnswerOptions defaults() {
        return new AnswerOptions(null, null, null, List.of(), false, ImportOptions.DEFAULT_MAX_LINE_CHARS, AnswerColumns.usual());
    }

    public AnswerOptions withFormat(AnswerFormat f) {
        return new AnswerOptions(f, setName, runName, modelColumns, addMissingPrompts, maxChars, columns);
    }

    public AnswerOptions withSet(String name) {
        return new AnswerOptions(format, name, runName, modelColumns, addMissingPrompts, maxChars, columns);
    }

    public AnswerOptions withRun(String name) {
        return new AnswerOptions(format, setName, name, modelColumns, addMissingPrompts, maxChars, columns);
    }

    public AnswerOptions withModelColumns(List<String> names) {
        return new AnswerOptions(format, setName, runName, names, addMissingPrompts, maxChars, columns);
    }

    public AnswerOptions withAddMissingPrompts(boolean add) {
        return new AnswerOptions(format, setName, runName, modelColumns, add, maxChars, columns);
    }

    public AnswerOptions withMaxChars(int max) {
        return new AnswerOptions(format, setName, runName, modelColumns, addMissingPrompts, max, columns);
    }

    public AnswerOptions withColumns(AnswerColumns chosen) {
        return new AnswerOptions(format, setName, runName, modelColumns, addMissingPrompts, maxChars, chosen);
    }
}
