package io.sidebench.logic.providers.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ProviderKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finds model servers running on this machine by asking each local preset's address for its model
 * list (Ollama {@code /api/tags}, the others {@code /v1/models}) with short time limits, all at once.
 */
public final class LocalServerDiscovery {
    /** A server that answered, and the models it lists. */
    public record FoundServer(String presetId, String name, ProviderKind kind, String baseUrl, List<String> models) {
    }

    private final HttpClient http;
    private final Duration timeout;

    public LocalServerDiscovery(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Probes the catalogue's local servers. */
    public List<FoundServer> discover(ProviderCatalogue catalogue) {
        return probe(catalogue.localServers());
    }

    /** Probes these presets; those that do not answer in time (or answer nonsense) are left out. */
    public List<FoundServer> probe(List<ProviderPreset> presets) {
        List<CompletableFuture<FoundServer>> pending = new ArrayList<>();
        for (ProviderPreset preset : presets) {
            pending.add(probe(preset));
        }
        List<FoundServer> found = new ArrayList<>();
        for (CompletableFuture<FoundServer> future : pending) {
            FoundServer server = future.join();
            if (server != null) {
                found.add(server);
            }
        }
        return found;
    }

    private CompletableFuture<FoundServer> probe(ProviderPreset preset) {
        boolean ollama = preset.kind() == ProviderKind.OLLAMA;
        String base = stripSlash(preset.baseUrl());
        String url = ollama ? base + "/api/tags" : base + "/models";
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException bad) {
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200
                        ? new FoundServer(preset.id(), preset.name(), preset.kind(), preset.baseUrl(),
                                models(response.body(), ollama))
                        : null)
                .exceptionally(error -> null);
    }

    private static List<String> models(String body, boolean ollama) {
        try {
            JsonNode root = Json.mapper().readTree(body);
            List<String> names = new ArrayList<>();
            for (JsonNode model : ollama ? root.path("models") : root.path("data")) {
                String name = ollama ? model.path("name").asText("") : model.path("id").asText("");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        } catch (Exception e) {
            return List.of();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
