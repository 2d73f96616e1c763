package io.sidebench.cli;

import io.sidebench.logic.providers.ModelClientFactory;

/** The model clients the command line uses. */
final class ClientFactories {
    private ClientFactories() {
    }

    static ModelClientFactory standard() {
        return config -> {
            throw new IllegalArgumentException(config.name() + ": model clients are not available in this build yet");
        };
    }
}
