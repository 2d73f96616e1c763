package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.catalogue.PresetModel;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.util.ArrayList;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The profile part of the add-model form: open weights, licence, jurisdiction and prices, prefilled from
 * the preset and its model (a local GGUF file is open and free), with the preset's data-handling text.
 */
public final class AddModelProfile {
    private final StringProperty priceIn = new SimpleStringProperty(this, "priceIn", "");
    private final StringProperty priceOut = new SimpleStringProperty(this, "priceOut", "");
    private final ObjectProperty<ModelsViewModel.OpenWeights> openWeights =
            new SimpleObjectProperty<>(this, "openWeights", ModelsViewModel.OpenWeights.UNKNOWN);
    private final StringProperty licence = new SimpleStringProperty(this, "licence", "");
    private final StringProperty jurisdiction = new SimpleStringProperty(this, "jurisdiction", "");
    private String dataHandling;

    /** The defaults of a source (a preset, or a custom provider kind). */
    void apply(ProviderKind kind, ProviderPreset preset) {
        boolean gguf = kind == ProviderKind.GGUF;
        jurisdiction.set(preset == null || preset.jurisdiction() == null ? gguf ? "Local (this machine)" : ""
                : preset.jurisdiction());
        dataHandling = preset == null ? null : preset.dataHandling();
        openWeights.set(gguf ? ModelsViewModel.OpenWeights.YES : ModelsViewModel.OpenWeights.UNKNOWN);
        priceIn.set(gguf ? "0" : "");
        priceOut.set(gguf ? "0" : "");
        licence.set("");
    }

    /** The facts the preset knows about one of its models. */
    void apply(PresetModel m) {
        openWeights.set(m.openWeights() == null ? ModelsViewModel.OpenWeights.UNKNOWN
                : m.openWeights() ? ModelsViewModel.OpenWeights.YES : ModelsViewModel.OpenWeights.NO);
        priceIn.set(m.input() == null ? "" : String.valueOf(m.input()));
        priceOut.set(m.output() == null ? "" : String.valueOf(m.output()));
        licence.set(m.licence() == null ? "" : m.licence());
    }

    String validate(Messages messages) {
        return ParamsForm.isPrice(priceIn.get()) && ParamsForm.isPrice(priceOut.get()) ? ""
                : messages.get("models.error.price");
    }

    ModelProfile toProfile() {
        Boolean open = switch (openWeights.get()) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            default -> null;
        };
        return new ModelProfile(open, blankToNull(licence.get()), blankToNull(jurisdiction.get()), dataHandling,
                ParamsForm.decimal(priceIn.get()), ParamsForm.decimal(priceOut.get()), null, null, new ArrayList<>());
    }

    Observable[] dependencies() {
        return new Observable[] {priceIn, priceOut};
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty priceInProperty() {
        return priceIn;
    }

    public StringProperty priceOutProperty() {
        return priceOut;
    }

    public ObjectProperty<ModelsViewModel.OpenWeights> openWeightsProperty() {
        return openWeights;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public StringProperty jurisdictionProperty() {
        return jurisdiction;
    }
}
