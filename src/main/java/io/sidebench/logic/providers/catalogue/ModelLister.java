package io.sidebench.logic.providers.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.providers.FailureMessages;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ProviderKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks an endpoint which models it offers: {@code GET <base>/models} for OpenAI-compatible servers
 * ({@code /v1/models}), {@code GET /api/tags} for Ollama. The key (found by its variable's name) is sent
 * as a bearer token and never appears in an error. Blocking; call it on a worker thread.
 */
public final class ModelLister {
    /** Why an endpoint could not list its models, in a person's words. */
    public static final class ListingException extends Exception {
        private static final long serialVersionUID = 1L;

        public ListingException(String message) {
            super(message);
        }
    }

    private final ApiKeyResolver keys;
    private final Duration timeout;
    private final HttpClient http;

    public ModelLister(ApiKeyResolver keys, Duration timeout) {
        this.keys = keys;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** True for the providers whose servers list models this way. */
    public static boolean canList(ProviderKind kind) {
        return kind == ProviderKind.OPENAI_COMPATIBLE || kind == ProviderKind.OLLAMA;
    }

    /**
     * The model names the endpoint offers, sorted as the server sent them.
     *
     * @param baseUrl     the model's base URL ({@code http://host:port/v1} for OpenAI-compatible; Ollama's root,
     *                    or blank for the local default)
     * @param keyVariable the key's variable name, or null/blank to send none
     */
    public List<String> list(ProviderKind kind, String baseUrl, String keyVariable) throws ListingException {
        if (!canList(kind)) {
            throw new ListingException("this kind of model cannot list its models; type the model name");
        }
        boolean ollama = kind == ProviderKind.OLLAMA;
        String base = baseUrl == null || baseUrl.isBlank() ? (ollama ? "http://localhost:11434" : "") : baseUrl.strip();
        if (base.isEmpty()) {
            throw new ListingException("enter the base URL first");
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String url = ollama ? base.replaceFirst("/(api|v1)$", "") + "/api/tags" : base + "/models";
        URI uri;
        try {
            uri = URI.create(url);
            if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException("not an http(s) address");
            }
        } catch (IllegalArgumentException bad) {
            throw new ListingException("the base URL is not a web address: " + baseUrl);
        }
        Optional<String> key = keyVariable == null || keyVariable.isBlank() ? Optional.empty() : keys.find(keyVariable);
        SecretScrubber scrubber = new SecretScrubber(key.map(List::of).orElse(List.of()));
        FailureMessages.Target target = new FailureMessages.Target(baseUrl, null, keyVariable);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json");
        key.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException slow) {
            throw new ListingException(scrubber.scrub(FailureMessages.timedOut(timeout, false, target, uri)));
        } catch (IOException e) {
            throw new ListingException(scrubber.scrub(FailureMessages.forException(e,
                    io.sidebench.logic.providers.FailureKind.CONNECTION, false, timeout, target, uri)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ListingException("cancelled");
        }
        if (response.statusCode() == 404) {
            throw new ListingException("the server at " + target.address(uri) + " does not list its models (no "
                    + uri.getPath() + "); type the model name");
        }
        if (response.statusCode() / 100 != 2) {
            throw new ListingException(scrubber.scrub(FailureMessages.forStatus(response.statusCode(), null, null,
                    target, uri)));
        }
        List<String> names = names(response.body(), ollama);
        if (names == null) {
            throw new ListingException("the answer of " + target.address(uri) + uri.getPath()
                    + " is not a model list; type the model name");
        }
        return names;
    }

    /** The names in an OpenAI ({@code data[].id}) or Ollama ({@code models[].name}) list, null when neither. */
    static List<String> names(String body, boolean ollama) {
        try {
            JsonNode root = Json.mapper().readTree(body);
            JsonNode items = ollama ? root.path("models") : root.path("data");
            if (!items.isArray()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode model : items) {
                String name = ollama ? model.path("name").asText("") : model.path("id").asText("");
                if (!name.isBlank() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
