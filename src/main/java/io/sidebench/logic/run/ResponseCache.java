package io.sidebench.logic.run;

import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.store.ResponseCacheRepository;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Chunk;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Successful answers kept in the project, keyed by a SHA-256 of what decides the answer: the model's
 * configuration without its name or secret reference (provider, base URL, model, file), the parameters,
 * the messages, and the repeat number (so repeats of a deterministic prompt are still measured, while a
 * re-run of the same run is answered from the cache).
 */
public final class ResponseCache {
    private final ResponseCacheRepository repository;

    public ResponseCache(ResponseCacheRepository repository) {
        this.repository = repository;
    }

    record Entry(String text, String reasoning, List<Chunk> chunks, double e2eMs, Integer inputTokens,
                 Integer outputTokens) {
    }

    public static String key(ModelConfig model, ModelParams params, List<ChatMessage> messages, int repeat) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("v", 1);
        parts.put("provider", model.provider().id());
        parts.put("baseUrl", model.baseUrl());
        parts.put("model", model.model());
        parts.put("path", model.path());
        parts.put("params", params);
        parts.put("messages", messages.stream().map(m -> List.of(m.role().name(), m.text())).toList());
        parts.put("repeat", repeat);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public Optional<ModelResult> get(String key) {
        return repository.get(key).map(json -> {
            Entry e = Json.read(json, Entry.class);
            return new ModelResult(e.text(), e.reasoning(), e.chunks(), 0, e.e2eMs(), e.inputTokens(),
                    e.outputTokens(), null, null, 0, null);
        });
    }

    /** Keeps a successful answer; failures are never cached. */
    public void put(String key, ModelResult result) {
        if (result.isOk()) {
            repository.put(key, Json.write(new Entry(result.text(), result.reasoning(), result.chunks(), result.e2eMs(),
                    result.inputTokens(), result.outputTokens())));
        }
    }
}
