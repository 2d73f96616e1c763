package io.sidebench.logic.prompts;

/**
 * A prompt file could not be imported. The message is one line, {@code file:line[:column]: reason},
 * meant for the user; nothing of the import has been written when it is thrown.
 */
public final class ImportException extends Exception {
    private static final int MAX_REASON = 300;

    private final String file;
    private final long line;
    private final long column;
    private final String reason;

    /**
     * @param line   1-based line (or row), 0 when the problem concerns the whole file
     * @param column 1-based column, 0 when unknown
     */
    public ImportException(String file, long line, long column, String reason) {
        this(file, line, column, reason, null);
    }

    public ImportException(String file, long line, long column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = oneLine(reason);
    }

    public static ImportException at(String file, long line, String reason) {
        return new ImportException(file, line, 0, reason);
    }

    /** A problem with the file as a whole (missing, unreadable), where no line applies. */
    public static ImportException ofFile(String file, String reason, Throwable cause) {
        return new ImportException(file, 0, 0, reason, cause);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    private static String format(String file, long line, long column, String reason) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(oneLine(reason)).toString();
    }

    private static String oneLine(String reason) {
        String text = reason == null || reason.isBlank() ? "cannot import" : reason.strip();
        text = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 3) + "..." : text;
    }
}
