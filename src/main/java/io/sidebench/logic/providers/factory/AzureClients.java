package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.lc4j.AzureOpenAiClient;
import io.sidebench.logic.providers.lc4j.StreamingCallRunner;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.EntraTokenSource;
import io.sidebench.logic.providers.secrets.RefreshingToken;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the client of an Azure OpenAI / AI Foundry deployment: base URL = the resource endpoint, model =
 * the deployment name, {@code api-version} and the auth mode from the connection options. Key auth sends
 * the key (from {@code apiKeyEnv}, default {@value AzureOpenAiClient#DEFAULT_KEY_ENV}) in {@code api-key}
 * and no {@code Authorization}; Entra ID sends a bearer token from a variable or a command.
 */
final class AzureClients {
    /** Builds the runner (one per model) with the resolved secret and decorator. */
    @FunctionalInterface
    interface Runners {
        StreamingCallRunner runner(String url, String secret, String keyVariable, ConnectionDecorators.Resolved resolved);
    }

    /** Entra ID tokens last about an hour; one printed by a command is fetched again after this. */
    static final java.time.Duration TOKEN_REFRESH = java.time.Duration.ofMinutes(45);

    private AzureClients() {
    }

    static ModelClient create(ModelConfig config, String endpoint, String deployment, ApiKeyResolver keys,
                              java.time.Clock clock, Runners runners) {
        ConnectionSettings connection = config.connection();
        String apiVersion = connection.option(ConnectionSettings.API_VERSION_OPTION);
        Map<String, String> query = Map.of("api-version", apiVersion == null ? AzureOpenAiClient.DEFAULT_API_VERSION
                : apiVersion);
        String auth = connection.option(ConnectionSettings.AUTH_OPTION);
        String url = AzureOpenAiClient.deploymentUrl(endpoint, deployment);
        if (auth != null && auth.toLowerCase(Locale.ROOT).equals("entra")) {
            String tokenEnv = connection.option(ConnectionSettings.TOKEN_ENV_OPTION);
            String command = connection.option(ConnectionSettings.TOKEN_COMMAND_OPTION);
            if (command != null && tokenEnv == null) {
                // a command can be asked again: the token is renewed after 45 minutes, for runs longer than its hour
                RefreshingToken token = new RefreshingToken(
                        () -> EntraTokenSource.token(config.name(), null, command, keys), TOKEN_REFRESH, clock);
                token.get();
                ConnectionDecorators.Resolved dynamic = ConnectionDecorators.resolve(config, keys, Map.of(),
                        Map.of("Authorization", () -> "Bearer " + token.get()), query, Set.of("authorization"));
                return new AzureOpenAiClient(endpoint, deployment, null, config.params(), runners.runner(url, null, null,
                        new ConnectionDecorators.Resolved(dynamic.decorator(), dynamic.secrets(), token::issued)));
            }
            String token = EntraTokenSource.token(config.name(), tokenEnv, command, keys);
            ConnectionDecorators.Resolved resolved = ConnectionDecorators.resolve(config, keys, Map.of(), query, Set.of());
            String variable = tokenEnv != null ? tokenEnv : command != null ? null : EntraTokenSource.DEFAULT_TOKEN_ENV;
            return new AzureOpenAiClient(endpoint, deployment, token, config.params(),
                    runners.runner(url, token, variable, resolved));
        }
        if (auth != null && !auth.toLowerCase(Locale.ROOT).equals("key")) {
            throw new IllegalArgumentException("model '" + config.name() + "': unknown Azure auth '" + auth
                    + "' (expected key or entra)");
        }
        String keyEnv = config.apiKeyEnv() == null || config.apiKeyEnv().isBlank() ? AzureOpenAiClient.DEFAULT_KEY_ENV
                : config.apiKeyEnv();
        String key = keys.require(config.name(), keyEnv);
        ConnectionDecorators.Resolved resolved = ConnectionDecorators.resolve(config, keys, Map.of("api-key", key),
                query, Set.of("authorization"));
        return new AzureOpenAiClient(endpoint, deployment, null, config.params(),
                runners.runner(url, key, keyEnv, resolved));
    }
}
