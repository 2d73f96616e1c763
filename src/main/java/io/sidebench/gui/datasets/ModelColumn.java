package io.sidebench.gui.datasets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A column of a wide answer table and whether it holds a model's answers (the user ticks it). */
public final class ModelColumn {
    private final String name;
    private final BooleanProperty selected;

    ModelColumn(String name, boolean selected) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
