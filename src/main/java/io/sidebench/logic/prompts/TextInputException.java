package io.sidebench.logic.prompts;

import java.io.IOException;

/**
 * Raised by {@link StrictUtf8Reader} for invalid UTF-8 or an over-long line. It is an IOException so that
 * it passes through parsers (Jackson, SnakeYAML) reading from the reader; importers turn it into an
 * {@link ImportException}.
 */
final class TextInputException extends IOException {
    private final long line;
    private final long column;
    private final String reason;

    TextInputException(long line, long column, String reason) {
        super(line + ":" + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }

    String reason() {
        return reason;
    }

    ImportException toImportException(String file) {
        return new ImportException(file, line, column, reason, this);
    }
}
