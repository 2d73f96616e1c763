package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import java.util.List;

/**
 * An import refused, with every problem found ({@code file:line: reason} each, the first {@link ImportProblems#KEEP}
 * kept); nothing of the import was written.
 */
public final class AnswerImportException extends Exception {
    private final transient List<ImportException> problems;
    private final long count;

    AnswerImportException(List<ImportException> problems, long count) {
        super(problems.get(0).getMessage() + (count > 1 ? " (and " + (count - 1) + " more problem"
                + (count > 2 ? "s" : "") + "; nothing was imported)" : " (nothing was imported)"));
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    static AnswerImportException of(ImportException single) {
        return new AnswerImportException(List.of(single), 1);
    }

    /** The problems kept, in file order of discovery. */
    public List<ImportException> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public long count() {
        return count;
    }
}
