package io.sidebench.gui.run;

import io.sidebench.logic.run.EndpointPlan;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** A model offered for a run, with whether it is chosen and its own concurrency limit (0: its endpoint's). */
public final class ModelChoice {
    private final ModelConfig model;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 0);

    public ModelChoice(ModelConfig model) {
        this.model = model;
        Integer override = EndpointPlan.overrideOf(model);
        limit.set(override == null ? 0 : override);
    }

    /** The model as loaded (its stored limit may since have been changed: see {@link #withLimit()}). */
    public ModelConfig model() {
        return model;
    }

    /** The model with the limit chosen now. */
    public ModelConfig withLimit() {
        int n = limit.get();
        return model.withConnection(model.connection().withOption(ConnectionSettings.CONCURRENCY_OPTION,
                n >= 1 ? Integer.toString(n) : null));
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** This model's own limit of requests in flight; 0 for its endpoint's. */
    public IntegerProperty limitProperty() {
        return limit;
    }
}
