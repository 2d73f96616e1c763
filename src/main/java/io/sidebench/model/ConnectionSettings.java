package io.sidebench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a model is reached beyond its base URL: extra HTTP headers and query parameters (for gateways such
 * as LiteLLM, Portkey or Kong) and provider options (Azure's {@code api-version}, its auth mode...). Never
 * holds a secret: a header value that is a secret is stored as {@code env:VAR}, the name of the variable
 * holding it, and resolved only when the model is called.
 *
 * @param headers header name to value, or to {@code env:VAR}
 * @param query   query parameter name to value
 * @param options provider options, see the {@code *_OPTION} names
 */
public record ConnectionSettings(Map<String, String> headers, Map<String, String> query,
                                 Map<String, String> options) {
    public static final ConnectionSettings NONE = new ConnectionSettings(Map.of(), Map.of(), Map.of());
    /** Prefix of a header value that names an environment variable instead of holding the value. */
    public static final String ENV_PREFIX = "env:";
    public static final String API_VERSION_OPTION = "api-version";
    /** {@code key} (the {@code api-key} header) or {@code entra} (a Microsoft Entra ID bearer token). */
    public static final String AUTH_OPTION = "auth";
    public static final String TOKEN_ENV_OPTION = "token-env";
    public static final String TOKEN_COMMAND_OPTION = "token-command";
    /** Bedrock: the AWS region (e.g. us-east-1); Vertex: the location (e.g. us-central1, europe-west4). */
    public static final String REGION_OPTION = "region";
    /** Vertex: the Google Cloud project id. */
    public static final String PROJECT_OPTION = "project";
    /** Vertex: {@code gemini} (default) or {@code openai} (partner and open models). */
    public static final String API_OPTION = "api";
    /** The most requests of this model in flight at once (at most its endpoint's limit); unset: the endpoint's. */
    public static final String CONCURRENCY_OPTION = "concurrency";

    public ConnectionSettings {
        headers = copy(headers);
        query = copy(query);
        options = copy(options);
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The option's value, {@code null} when not set. */
    public String option(String name) {
        String value = options.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The same settings with provider option {@code name} set to {@code value} ({@code null}: removed). */
    public ConnectionSettings withOption(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        if (value == null || value.isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, value.trim());
        }
        return new ConnectionSettings(headers, query, changed);
    }

    /** True when nothing is set (the usual case). */
    public boolean hasNothing() {
        return headers.isEmpty() && query.isEmpty() && options.isEmpty();
    }

    /** True when {@code value} names an environment variable ({@code env:VAR}). */
    public static boolean isEnvReference(String value) {
        return value != null && value.startsWith(ENV_PREFIX) && value.length() > ENV_PREFIX.length();
    }
}
