package io.sidebench.gui.datasets;

/**
 * What the import's column editor chose for one part of a prompt: the column found by the usual names
 * (automatic), no column at all ("—"), or one of the file's columns.
 */
public record ColumnChoice(Kind kind, String column) {
    public enum Kind { AUTO, NONE, COLUMN }

    public static final ColumnChoice AUTO = new ColumnChoice(Kind.AUTO, null);
    public static final ColumnChoice NONE = new ColumnChoice(Kind.NONE, null);

    public static ColumnChoice of(String column) {
        return new ColumnChoice(Kind.COLUMN, column);
    }
}
