package io.sidebench.gui.run;

import io.sidebench.model.ModelConfig;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A model offered for a run, with whether it is chosen. */
public final class ModelChoice {
    private final ModelConfig model;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

    public ModelChoice(ModelConfig model) {
        this.model = model;
    }

    public ModelConfig model() {
        return model;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
