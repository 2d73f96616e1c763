package io.sidebench.model;

/**
 * A model as configured in a project. Never holds a secret: {@code apiKeyEnv} names the environment
 * variable (or credentials-store entry) that holds the key.
 *
 * @param path the .gguf file for {@link ProviderKind#GGUF}, otherwise {@code null}
 * @param connection extra headers, query parameters and provider options; never {@code null}
 */
public record ModelConfig(long id, String name, ProviderKind provider, String baseUrl, String model,
                          String apiKeyEnv, String path, ModelParams params, ModelProfile profile,
                          ConnectionSettings connection) {
    public ModelConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        if (provider == null) {
            throw new IllegalArgumentException("a model needs a provider");
        }
        params = params == null ? ModelParams.DEFAULTS : params;
        profile = profile == null ? ModelProfile.EMPTY : profile;
        connection = connection == null ? ConnectionSettings.NONE : connection;
    }

    /** A model reached at its base URL alone (no extra headers, query parameters or options). */
    public ModelConfig(long id, String name, ProviderKind provider, String baseUrl, String model, String apiKeyEnv,
                       String path, ModelParams params, ModelProfile profile) {
        this(id, name, provider, baseUrl, model, apiKeyEnv, path, params, profile, ConnectionSettings.NONE);
    }

    public ModelConfig withConnection(ConnectionSettings newConnection) {
        return new ModelConfig(id, name, provider, baseUrl, model, apiKeyEnv, path, params, profile, newConnection);
    }

    public ModelConfig withId(long newId) {
        return new ModelConfig(newId, name, provider, baseUrl, model, apiKeyEnv, path, params, profile, connection);
    }

    public ModelConfig withParams(ModelParams newParams) {
        return new ModelConfig(id, name, provider, baseUrl, model, apiKeyEnv, path, newParams, profile, connection);
    }

    public ModelConfig withProfile(ModelProfile newProfile) {
        return new ModelConfig(id, name, provider, baseUrl, model, apiKeyEnv, path, params, newProfile, connection);
    }

    public boolean isBaseline() {
        return provider.isBaseline();
    }

    /** The name shown to people, marking baselines so they are never mistaken for real models. */
    public String displayName() {
        return isBaseline() ? name + " (baseline)" : name;
    }
}
