package io.sidebench.cli;

import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;

/** The model clients the command line uses. */
final class ClientFactories {
    private ClientFactories() {
    }

    static ModelClientFactory standard() {
        return DefaultModelClientFactory.standard();
    }

    static void close(ModelClientFactory factory) {
        if (factory instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // releasing timers only
            }
        }
    }
}
