package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.ModelParams;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The generation parameters of a model as typed in a form (blank = the provider's default): state, validation
 * and conversion to and from {@link ModelParams}. Shared by the "add a model" form and the editor of an
 * existing model; never touches controls.
 */
public final class ParamsForm {
    /** Reasoning switch: leave to the provider, or ask for it on or off. */
    public enum Reasoning { DEFAULT, ON, OFF }

    private final StringProperty temperature = new SimpleStringProperty(this, "temperature", "");
    private final StringProperty topP = new SimpleStringProperty(this, "topP", "");
    private final StringProperty maxTokens = new SimpleStringProperty(this, "maxTokens", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final StringProperty systemPrompt = new SimpleStringProperty(this, "systemPrompt", "");
    private final ObjectProperty<Reasoning> reasoning = new SimpleObjectProperty<>(this, "reasoning", Reasoning.DEFAULT);

    /** What {@link #validate(Messages)} depends on, for validation bindings. */
    public Observable[] dependencies() {
        return new Observable[] {temperature, topP, maxTokens, seed};
    }

    /** The first problem, in one line, or "" when every field is blank or in range. */
    public String validate(Messages messages) {
        if (!decimalIn(temperature.get(), 0, 2)) {
            return messages.get("models.add.error.temperature");
        }
        if (!decimalIn(topP.get(), 0, 1)) {
            return messages.get("models.add.error.topP");
        }
        if (!integerIn(maxTokens.get(), 1, 10_000_000)) {
            return messages.get("models.add.error.maxTokens");
        }
        if (!integerIn(seed.get(), Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            return messages.get("models.add.error.seed");
        }
        return "";
    }

    /** The parameters as filled in; call only when {@link #validate(Messages)} is empty. */
    public ModelParams toParams() {
        return new ModelParams(decimal(temperature.get()), decimal(topP.get()), integer(maxTokens.get()),
                integer(seed.get()), blankToNull(systemPrompt.get()), switch (reasoning.get()) {
                    case ON -> Boolean.TRUE;
                    case OFF -> Boolean.FALSE;
                    default -> null;
                });
    }

    /** Shows {@code params} (blank where a value is not set). */
    public void fill(ModelParams params) {
        ModelParams p = params == null ? ModelParams.DEFAULTS : params;
        temperature.set(p.temperature() == null ? "" : String.valueOf(p.temperature()));
        topP.set(p.topP() == null ? "" : String.valueOf(p.topP()));
        maxTokens.set(p.maxTokens() == null ? "" : String.valueOf(p.maxTokens()));
        seed.set(p.seed() == null ? "" : String.valueOf(p.seed()));
        systemPrompt.set(p.systemPrompt() == null ? "" : p.systemPrompt());
        reasoning.set(p.reasoning() == null ? Reasoning.DEFAULT : p.reasoning() ? Reasoning.ON : Reasoning.OFF);
    }

    public void clear() {
        fill(ModelParams.DEFAULTS);
    }

    /** Blank, or a finite price of at least 0 per million tokens (a decimal comma is read as a point). */
    static boolean isPrice(String text) {
        return decimalIn(text, 0, Double.MAX_VALUE);
    }

    private static boolean decimalIn(String text, double min, double max) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean integerIn(String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            long v = Long.parseLong(text.strip());
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Double decimal(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
    }

    private static Integer integer(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty temperatureProperty() {
        return temperature;
    }

    public StringProperty topPProperty() {
        return topP;
    }

    public StringProperty maxTokensProperty() {
        return maxTokens;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty systemPromptProperty() {
        return systemPrompt;
    }

    public ObjectProperty<Reasoning> reasoningProperty() {
        return reasoning;
    }
}
