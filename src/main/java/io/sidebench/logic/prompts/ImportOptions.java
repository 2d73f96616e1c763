package io.sidebench.logic.prompts;

/**
 * How to import a prompt file.
 *
 * @param format       the format to use, or {@code null} to detect it from the file
 * @param columns      which columns or fields hold the prompt, reference, system message, category and id
 * @param variables    rows of values for {@code {{variable}}} templates, or {@code null}
 * @param maxLineChars the longest line (and the longest text value) accepted, so that a runaway line
 *                     such as a 50 MB blob fails cleanly instead of exhausting memory
 * @param hints        how errors say what to change (the CLI's options or the app's boxes)
 */
public record ImportOptions(ImportFormat format, ColumnMap columns, VariablesTable variables, int maxLineChars,
                            ImportHints hints) {
    /** 4 Mi characters: room for a long document in a prompt, far below what could exhaust the heap. */
    public static final int DEFAULT_MAX_LINE_CHARS = 4 * 1024 * 1024;

    public ImportOptions {
        columns = columns == null ? ColumnMap.defaults() : columns;
        hints = hints == null ? ImportHints.CLI : hints;
        if (maxLineChars < 16) {
            throw new IllegalArgumentException("maxLineChars must be at least 16");
        }
    }

    public ImportOptions(ImportFormat format, ColumnMap columns, VariablesTable variables, int maxLineChars) {
        this(format, columns, variables, maxLineChars, ImportHints.CLI);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, ColumnMap.defaults(), null, DEFAULT_MAX_LINE_CHARS);
    }

    public ImportOptions withHints(ImportHints newHints) {
        return new ImportOptions(format, columns, variables, maxLineChars, newHints);
    }

    public ImportOptions withFormat(ImportFormat newFormat) {
        return new ImportOptions(newFormat, columns, variables, maxLineChars, hints);
    }

    public ImportOptions withColumns(ColumnMap newColumns) {
        return new ImportOptions(format, newColumns, variables, maxLineChars, hints);
    }

    public ImportOptions withVariables(VariablesTable newVariables) {
        return new ImportOptions(format, columns, newVariables, maxLineChars, hints);
    }

    public ImportOptions withMaxLineChars(int newMax) {
        return new ImportOptions(format, columns, variables, newMax, hints);
    }
}
