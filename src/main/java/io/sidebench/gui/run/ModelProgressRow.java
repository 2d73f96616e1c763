package io.sidebench.gui.run;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One model's progress bar and counters on the run screen. */
public final class ModelProgressRow {
    private final long modelId;
    private final String name;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final IntegerProperty retries = new SimpleIntegerProperty(this, "retries", 0);

    public ModelProgressRow(long modelId, String name) {
        this.modelId = modelId;
        this.name = name;
    }

    public long modelId() {
        return modelId;
    }

    public String name() {
        return name;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    /** Attempts of this model's requests that repeated a failed one (shown on the row, marked when not 0). */
    public IntegerProperty retriesProperty() {
        return retries;
    }
}
