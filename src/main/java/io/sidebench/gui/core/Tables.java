package io.sidebench.gui.core;

/** Helpers for editable tables. */
public final class Tables {
    private Tables() {
    }

    /**
     * Commits the cell of {@code table} being edited, if any, as Enter would (its text field's action), so a
     * value typed but not confirmed is not lost when the screen saves its edits.
     */
    public static void commitEditingCell(javafx.scene.control.TableView<?> table) {
        if (table == null || table.getEditingCell() == null) {
            return;
        }
        table.lookupAll(".table-cell .text-field").stream()
                .filter(n -> n instanceof javafx.scene.control.TextField field && field.isVisible())
                .findFirst()
                .ifPresent(n -> ((javafx.scene.control.TextField) n).fireEvent(new javafx.event.ActionEvent()));
    }
}
