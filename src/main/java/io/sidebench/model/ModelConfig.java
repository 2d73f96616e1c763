package io.sidebench.model;

/**
 * A model as configured in a project. Never holds a secret: {@code apiKeyEnv} names the environment
 * variable (or credentials-store entry) that holds the key.
 *
 * @param path the .gguf file for {@link ProviderKind#GGUF}, otherwise {@code null}
 */
public record ModelConfig(long id, String name, ProviderKind provider, String baseUrl, String model,
                          String apiKeyEnv, String path, ModelParams params, ModelProfile profile) {
    public ModelConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        if (provider == null) {
            throw new IllegalArgumentException("a model needs a provider");
        }
        params = params == null ? ModelParams.DEFAULTS : params;
        profile = profile == null ? ModelProfile.EMPTY : profile;
    }

    public ModelConfig withId(long newId) {
        return new ModelConfig(newId, name, provider, baseUrl, model, apiKeyEnv, path, params, profile);
    }

    public ModelConfig withParams(ModelParams newParams) {
        return new ModelConfig(id, name, provider, baseUrl, model, apiKeyEnv, path, newParams, profile);
    }

    public ModelConfig withProfile(ModelProfile newProfile) {
        return new ModelConfig(id, name, provider, baseUrl, model, apiKeyEnv, path, params, newProfile);
    }

    public boolean isBaseline() {
        return provider.isBaseline();
    }

    /** The name shown to people, marking baselines so they are never mistaken for real models. */
    public String displayName() {
        return isBaseline() ? name + " (baseline)" : name;
    }
}
