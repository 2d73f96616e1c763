package io.sidebench.logic.store;

import java.util.Optional;

/** Cached model responses keyed by a hash of (model configuration, messages, parameters). */
public interface ResponseCacheRepository {
    Optional<String> get(String key);

    void put(String key, String resultJson);
}
