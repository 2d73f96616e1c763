package io.sidebench.gui.compare;

import io.sidebench.model.Prompt;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One prompt of the grid; its cells arrive when its page is loaded from the store. */
public final class GridRow {
    private static final int PREVIEW = 160;
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

    static GridRow of(Prompt p) {
        String text = p.firstUserText().replaceAll("\\s+", " ").strip();
        if (text.length() > PREVIEW) {
            text = text.substring(0, PREVIEW) + "\u2026";
        }
        return new GridRow(p.id(), p.ordinal(), p.key(), p.category(), text);
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

    void forget() {
        requested = false;
        cells.set(null);
    }
}
