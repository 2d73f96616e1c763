package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.prompts.ImportHints;
import io.sidebench.logic.prompts.PromptField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Import errors in the app's words ("choose the format in the Format box", not "use --format"), and the
 * columns the file turned out to have, collected for the column editor. One per read; filled on the
 * worker, read once the read has ended.
 */
final class GuiImportHints implements ImportHints {
    /** Records looked at for their field names (JSON-family files may vary per record). */
    private static final int RECORDS = ImportViewModel.PREVIEW_ROWS;
    private final Messages messages;
    private final Set<String> columns = new LinkedHashSet<>();
    private int records;

    GuiImportHints(Messages messages) {
        this.messages = messages;
    }

    static String fieldLabel(Messages messages, PromptField field) {
        return messages.get("import.field." + field.mapName().toLowerCase(Locale.ROOT));
    }

    @Override
    public String chooseFormat(String formatNames) {
        return messages.get("import.hint.format") + " (" + formatNames + ")";
    }

    @Override
    public String choosePromptColumn(boolean tabular) {
        return messages.get("import.hint.promptColumn");
    }

    @Override
    public String chosenAs(PromptField field, String column) {
        return messages.format("import.hint.chosen", fieldLabel(messages, field));
    }

    @Override
    public String chooseSetName() {
        return messages.get("import.hint.setName");
    }

    @Override
    public synchronized void columnsFound(List<String> names) {
        if (records++ < RECORDS) {
            columns.addAll(names);
        }
    }

    synchronized List<String> columns() {
        return new ArrayList<>(columns);
    }
}
