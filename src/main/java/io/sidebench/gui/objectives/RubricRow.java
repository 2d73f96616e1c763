package io.sidebench.gui.objectives;

import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable rubric dimension. */
public final class RubricRow {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ScaleType> scale = new SimpleObjectProperty<>(this, "scale", ScaleType.NUMERIC);
    private final IntegerProperty min = new SimpleIntegerProperty(this, "min", 1);
    private final IntegerProperty max = new SimpleIntegerProperty(this, "max", 5);
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    /** Kept from the dimension this row was made from (no editor yet), so editing a row keeps its weight. */
    private Double weight;

    public RubricRow() {
    }

    public RubricRow(RubricDimension d) {
        name.set(d.name());
        scale.set(d.scale());
        min.set(d.min());
        max.set(d.max());
        description.set(d.description() == null ? "" : d.description());
        weight = d.weight();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ScaleType> scaleProperty() {
        return scale;
    }

    public IntegerProperty minProperty() {
        return min;
    }

    public IntegerProperty maxProperty() {
        return max;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The dimension this row describes; throws IllegalArgumentException when it is not valid. */
    public RubricDimension toDimension() {
        String text = description.get();
        return new RubricDimension(name.get() == null ? "" : name.get().strip(), scale.get(), min.get(), max.get(),
                text == null || text.isBlank() ? null : text.strip(), weight);
    }
}
