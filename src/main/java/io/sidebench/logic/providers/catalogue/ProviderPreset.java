package io.sidebench.logic.providers.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.util.List;
import java.util.Optional;

/**
 * A ready-made connection: where a provider's API is, which environment variable holds its key, where
 * it is hosted, and the models it offers with their prices.
 *
 * @param provider the provider id ({@link ProviderKind#id()}), e.g. "openai-compatible"
 */
public record ProviderPreset(String id, String name, String provider, String baseUrl, String apiKeyEnv,
                             String jurisdiction, Boolean local, List<PresetModel> models) {
    public ProviderPreset {
        models = models == null ? List.of() : List.copyOf(models);
    }

    @JsonIgnore
    public ProviderKind kind() {
        return ProviderKind.fromId(provider);
    }

    @JsonIgnore
    public boolean isLocal() {
        return Boolean.TRUE.equals(local);
    }

    public Optional<PresetModel> model(String modelName) {
        return models.stream().filter(m -> m.name().equals(modelName)).findFirst();
    }

    /** The first model listed, the preset's suggestion. */
    @JsonIgnore
    public Optional<PresetModel> defaultModel() {
        return models.stream().findFirst();
    }

    /** What the catalogue knows about {@code modelName} here, as a profile (prices, weights, hosting). */
    public ModelProfile profileFor(String modelName) {
        Optional<PresetModel> known = model(modelName);
        return new ModelProfile(known.map(PresetModel::openWeights).orElse(null),
                known.map(PresetModel::licence).orElse(null), jurisdiction, null,
                known.map(PresetModel::input).orElse(null), known.map(PresetModel::output).orElse(null),
                null, null, List.of());
    }
}
