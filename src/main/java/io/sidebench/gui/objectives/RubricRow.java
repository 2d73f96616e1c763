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
    /** The weight in the overall human score as typed; empty: the dimension does not count. */
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "");

    public RubricRow() {
    }

    public RubricRow(RubricDimension d) {
        name.set(d.name());
        scale.set(d.scale());
        min.set(d.min());
        max.set(d.max());
        description.set(d.description() == null ? "" : d.description());
        weight.set(d.weight() == null ? "" : format(d.weight()));
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

    public StringProperty weightProperty() {
        return weight;
    }

    static String format(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    /**
     * The typed weight: {@code null} when empty; throws NumberFormatException when it is not a number
     * (a comma counts as the decimal point).
     */
    public Double weightValue() {
        String text = weight.get() == null ? "" : weight.get().strip().replace(',', '.');
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    /** The dimension this row describes; throws IllegalArgumentException when it is not valid. */
    public RubricDimension toDimension() {
        String text = description.get();
        return new RubricDimension(name.get() == null ? "" : name.get().strip(), scale.get(), min.get(), max.get(),
                text == null || text.isBlank() ? null : text.strip(), weightValue());
    }
}
