package io.sidebench.gui.models;

import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ModelLister;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.logic.providers.net.NetworkCheck;
import io.sidebench.logic.providers.net.NetworkChoices;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.model.ProviderKind;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the Models screen needs besides the project: model clients (for "Test connection"), the provider
 * catalogue (presets), the user's API keys (whether one is set, never its value; and saving one into the
 * owner-only credentials file), discovery, and the model lists endpoints offer.
 */
public record ModelServices(Supplier<ModelClientFactory> clients, ProviderCatalogue catalogue, Keys keys,
                            Discovery discovery, Listing listing, CredentialSources sources, Network network) {
    /** The company network settings (proxy, CA bundle) of the user's settings folder. */
    public interface Network {
        NetworkChoices load();

        /** Writes the settings; model connections made from now on use them. Called on a worker thread. */
        void save(NetworkChoices choices);

        /** What the choices find on this machine; called on a worker thread. */
        NetworkCheck.Report check(NetworkChoices choices);

        /** No settings folder: the defaults, and nothing can be saved. */
        static Network unavailable() {
            return new Network() {
                @Override
                public NetworkChoices load() {
                    return NetworkChoices.DEFAULTS;
                }

                @Override
                public void save(NetworkChoices choices) {
                    throw new IllegalStateException("network settings cannot be saved here");
                }

                @Override
                public NetworkCheck.Report check(NetworkChoices choices) {
                    return NetworkCheck.check(choices, java.util.Map.of(), null, null);
                }
            };
        }

        /** The network.properties file of a settings folder; {@code onSaved} runs after each save. */
        static Network inFolder(java.nio.file.Path dir, java.util.Map<String, String> env, String startupBundle,
                                Runnable onSaved) {
            return new Network() {
                @Override
                public NetworkChoices load() {
                    try {
                        return NetworkChoices.read(dir);
                    } catch (IllegalArgumentException unreadable) {
                        return NetworkChoices.DEFAULTS;
                    }
                }

                @Override
                public void save(NetworkChoices choices) {
                    choices.write(dir);
                    onSaved.run();
                }

                @Override
                public NetworkCheck.Report check(NetworkChoices choices) {
                    return NetworkCheck.check(choices, env, startupBundle, dir);
                }
            };
        }
    }

    /** Services without credential sources or network settings (tests of other parts of the screen). */
    public ModelServices(Supplier<ModelClientFactory> clients, ProviderCatalogue catalogue, Keys keys,
                         Discovery discovery, Listing listing) {
        this(clients, catalogue, keys, discovery, listing, CredentialSources.none(), Network.unavailable());
    }

    /** Finds local model servers and GGUF files; called on a worker thread. */
    public interface Discovery {
        List<LocalServerDiscovery.FoundServer> servers();

        List<GgufModelFile> ggufFiles();
    }

    /** The user's API keys, kept outside every project. */
    public interface Keys {
        /** Whether a key of this variable name is set (environment or credentials file). */
        boolean isSet(String variable);

        /** Stores a key in the user's owner-only credentials file; called on a worker thread. */
        void save(String variable, String key);
    }

    /** The model names an endpoint offers; called on a worker thread. */
    @FunctionalInterface
    public interface Listing {
        List<String> list(ProviderKind kind, String baseUrl, String keyVariable) throws ModelLister.ListingException;
    }

    /** Services whose keys can only be read (screens and tests that do not store keys or list models). */
    public ModelServices(Supplier<ModelClientFactory> clients, ProviderCatalogue catalogue, Predicate<String> keyIsSet,
                         Discovery discovery) {
        this(clients, catalogue, readOnly(keyIsSet), discovery, (kind, url, key) -> {
            throw new ModelLister.ListingException("model lists are not available here");
        });
    }

    /** Whether a key variable is set, for the cards and the add form. */
    public Predicate<String> keyIsSet() {
        return keys::isSet;
    }

    private static Keys readOnly(Predicate<String> keyIsSet) {
        return new Keys() {
            @Override
            public boolean isSet(String variable) {
                return keyIsSet.test(variable);
            }

            @Override
            public void save(String variable, String key) {
                throw new IllegalStateException("keys cannot be stored here");
            }
        };
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
