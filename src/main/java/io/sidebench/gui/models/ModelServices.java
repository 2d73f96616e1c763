package io.sidebench.gui.models;

import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the Models screen needs besides the project: model clients (for "Test connection"), the provider
 * catalogue (presets), whether a key variable or credential is set (never its value), and discovery.
 */
public record ModelServices(Supplier<ModelClientFactory> clients, ProviderCatalogue catalogue,
                            Predicate<String> keyIsSet, Discovery discovery) {
    /** Finds local model servers and GGUF files; called on a worker thread. */
    public interface Discovery {
        List<LocalServerDiscovery.FoundServer> servers();

        List<GgufModelFile> ggufFiles();
    }

    /** Bundled catalogue, no keys, nothing discoverable, no clients: for screens that only edit profiles. */
    public static ModelServices offline() {
        Discovery none = new Discovery() {
            @Override
            public List<LocalServerDiscovery.FoundServer> servers() {
                return List.of();
            }

            @Override
            public List<GgufModelFile> ggufFiles() {
                return List.of();
            }
        };
        return new ModelServices(() -> config -> {
            throw new IllegalStateException("no model clients in this context");
        }, ProviderCatalogue.bundled(), name -> false, none);
    }
}
