package io.sidebench.logic.providers;

import io.sidebench.model.ModelConfig;

/** Builds the client for a configured model (one implementation class per provider behind it). */
public interface ModelClientFactory {
    /**
     * @throws IllegalArgumentException with a user-facing reason when the configuration cannot work
     *                                  (missing base URL, API key variable not set, file not found)
     */
    ModelClient create(ModelConfig config);
}
