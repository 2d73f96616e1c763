package io.sidebench.logic.providers.secrets;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an API key by the name a model configuration gives ({@code apiKeyEnv}): first the environment
 * variable of that name, then the user's {@link CredentialsStore}. Keys live only in memory here.
 */
public final class ApiKeyResolver {
    private final Function<String, String> environment;
    private final CredentialsStore store;

    public ApiKeyResolver(Function<String, String> environment, CredentialsStore store) {
        this.environment = environment;
        this.store = store;
    }

    /** Reads the process environment and the user's credentials file. */
    public static ApiKeyResolver standard() {
        return new ApiKeyResolver(System::getenv, CredentialsStore.inUserConfig());
    }

    public Optional<String> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String value = environment.apply(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.trim());
        }
        return store.get(name).map(String::trim);
    }

    /** The key, or an IllegalArgumentException saying where to put it (never what it is). */
    public String require(String modelName, String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("model '" + modelName
                + "': no API key: set the environment variable " + name + " or run: sidebench credentials set "
                + name + " (stored in " + store.file() + ")"));
    }
}
