package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one import, each {@code file:line: reason}; kept up to a limit, all counted. */
final class ImportProblems {
    static final int KEEP = 100;

    private final String file;
    private final List<ImportException> kept = new ArrayList<>();
    private long count;

    ImportProblems(String file) {
        this.file = file;
    }

    void add(long line, String reason) {
        add(ImportException.at(file, line, reason));
    }

    void add(ImportException e) {
        count++;
        if (kept.size() < KEEP) {
            kept.add(e);
        }
    }

    boolean any() {
        return count > 0;
    }

    String file() {
        return file;
    }

    /** @throws AnswerImportException when any problem was found */
    void throwIfAny() throws AnswerImportException {
        if (count > 0) {
            throw new AnswerImportException(kept, count);
        }
    }

    /** A value from a file, quoted for a one-line message: shortened, line breaks visible. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String v = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + v.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
