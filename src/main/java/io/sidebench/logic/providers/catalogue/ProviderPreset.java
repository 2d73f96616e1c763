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
 * @param dataHandling where requests are processed and by whom (hosting region, who receives them), or null
 */
public record ProviderPreset(String id, String name, String provider, String baseUrl, String apiKeyEnv,
                             String jurisdiction, Boolean local, List<PresetModel> models, String dataHandling) {
    public ProviderPreset {
        models = models == null ? List.of() : List.copyOf(models);
    }

    public ProviderPreset(String id, String name, String provider, String baseUrl, String apiKeyEnv,
                          String jurisdiction, Boolean local, List<PresetModel> models) {
        this(id, name, provider, baseUrl, apiKeyEnv, jurisdiction, local, models, null);
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
                known.map(PresetModel::licence).orElse(null), jurisdiction, dataHandling,
                known.map(PresetModel::input).orElse(null), known.map(PresetModel::output).orElse(null),
                null, null, List.of());
    }
}
