package io.sidebench.gui.compare;

import io.sidebench.logic.store.GridRepository.PromptLine;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One prompt of the grid: the light part (id, key, category, a preview) is read for every prompt of the run;
 * its cells arrive when its page is loaded from the store and leave again when the page cache evicts them.
 */
public final class GridRow {
    static final int PREVIEW = 160;
    /** Characters of the first turn read from the store for a preview. */
    static final int READ = PREVIEW * 2;
    private final long promptId;
    private final int ordinal;
    private final String key;
    private final String category;
    private final String preview;
    private final ObjectProperty<Map<Long, CellSummary>> cells = new SimpleObjectProperty<>(this, "cells");
    private volatile boolean requested;

    public GridRow(long promptId, int ordinal, String key, String category, String preview) {
        this.promptId = promptId;
        this.ordinal = ordinal;
        this.key = key;
        this.category = category;
        this.preview = preview;
    }

    static GridRow of(PromptLine p) {
        String text = CellSummary.flatten(p.firstUserStart());
        if (text.length() > PREVIEW) {
            text = text.substring(0, PREVIEW) + "\u2026";
        }
        return new GridRow(p.promptId(), p.ordinal(), p.key(), p.category(), text);
    }

    public long promptId() {
        return promptId;
    }

    public int ordinal() {
        return ordinal;
    }

    public String key() {
        return key;
    }

    public String category() {
        return category == null ? "" : category;
    }

    public String preview() {
        return preview;
    }

    /** The loaded cells by model id, {@code null} while the row's page has not arrived. */
    public ObjectProperty<Map<Long, CellSummary>> cellsProperty() {
        return cells;
    }

    public CellSummary cell(long modelId) {
        Map<Long, CellSummary> map = cells.get();
        return map == null ? null : map.get(modelId);
    }

    public boolean isLoaded() {
        return cells.get() != null;
    }

    boolean markRequested() {
        if (requested) {
            return false;
        }
        requested = true;
        return true;
    }

    boolean isRequested() {
        return requested;
    }

    /** The row's page was dropped before it was read: it may be asked for again. */
    void unmark() {
        requested = false;
    }

    void forget() {
        requested = false;
        cells.set(null);
    }
}
