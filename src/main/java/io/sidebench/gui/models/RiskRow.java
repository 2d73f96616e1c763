package io.sidebench.gui.models;

import io.sidebench.model.Risk;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable entry of a model's risk register. */
public final class RiskRow {
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty impact = new SimpleStringProperty(this, "impact", "medium");
    private final StringProperty likelihood = new SimpleStringProperty(this, "likelihood", "medium");
    private final StringProperty mitigation = new SimpleStringProperty(this, "mitigation", "");

    public RiskRow() {
    }

    public RiskRow(Risk r) {
        category.set(nz(r.category()));
        description.set(nz(r.description()));
        impact.set(nz(r.impact()));
        likelihood.set(nz(r.likelihood()));
        mitigation.set(nz(r.mitigation()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Risk toRisk() {
        return new Risk(category.get().strip(), description.get().strip(), impact.get().strip(), likelihood.get().strip(),
                mitigation.get().strip());
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public StringProperty likelihoodProperty() {
        return likelihood;
    }

    public StringProperty mitigationProperty() {
        return mitigation;
    }
}
