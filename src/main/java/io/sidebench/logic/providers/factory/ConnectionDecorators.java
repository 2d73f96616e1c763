package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.http.RequestDecorator;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a model's stored connection settings into the headers and query parameters its requests carry,
 * resolving {@code env:VAR} header values (environment, then the credentials file) when the model's client
 * is built for a run. Resolved values are kept only in memory and are handed back as secrets to scrub.
 */
final class ConnectionDecorators {
    /** The decorator and the resolved secret values that must never appear in a message. */
    record Resolved(RequestDecorator decorator, List<String> secrets,
                    java.util.function.Supplier<? extends java.util.Collection<String>> laterSecrets) {
        Resolved(RequestDecorator decorator, List<String> secrets) {
            this(decorator, secrets, List::of);
        }
    }

    private ConnectionDecorators() {
    }

    static Resolved resolve(ModelConfig config, ApiKeyResolver keys) {
        return resolve(config, keys, Map.of(), Map.of(), Set.of());
    }

    /**
     * @param providerHeaders headers the provider itself needs (e.g. Azure's api-key), secret values
     * @param providerQuery   query parameters the provider itself needs (e.g. Azure's api-version)
     * @param dropped         headers LangChain4j sends that must be left out
     */
    static Resolved resolve(ModelConfig config, ApiKeyResolver keys, Map<String, String> providerHeaders,
                            Map<String, String> providerQuery, Set<String> dropped) {
        return resolve(config, keys, providerHeaders, Map.of(), providerQuery, dropped);
    }

    /** @param dynamicHeaders provider headers whose value is asked for at each request (refreshed tokens) */
    static Resolved resolve(ModelConfig config, ApiKeyResolver keys, Map<String, String> providerHeaders,
                            Map<String, java.util.function.Supplier<String>> dynamicHeaders,
                            Map<String, String> providerQuery, Set<String> dropped) {
        ConnectionSettings connection = config.connection();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>(providerHeaders.values());
        connection.headers().forEach((name, value) -> {
            if (ConnectionSettings.isEnvReference(value)) {
                String variable = value.substring(ConnectionSettings.ENV_PREFIX.length());
                String resolved = keys.find(variable).orElseThrow(() -> new IllegalArgumentException("model '"
                        + config.name() + "': header " + name + " takes its value from " + variable
                        + ", which is not set (environment variable or: sidebench credentials set " + variable + ")"));
                headers.put(name, resolved);
                secrets.add(resolved);
            } else {
                headers.put(name, value);
            }
        });
        headers.putAll(providerHeaders);
        Map<String, String> query = new LinkedHashMap<>(connection.query());
        query.putAll(providerQuery);
        if (headers.isEmpty() && dynamicHeaders.isEmpty() && query.isEmpty() && dropped.isEmpty()) {
            return new Resolved(RequestDecorator.NONE, List.of());
        }
        return new Resolved(new RequestDecorator(headers, dynamicHeaders, query, dropped), secrets);
    }
}
