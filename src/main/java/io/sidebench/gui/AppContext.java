package io.sidebench.gui;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.JavaPrefsSettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.gui.core.Settings;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.gui.shell.NativeFileDialogs;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.samples.SampleProjects;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.gui.models.ModelServices;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.gguf.GgufDiscovery;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.logic.providers.catalogue.ModelLister;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The composition root: the services the screens share, built once per app and handed down through
 * constructors (no static look-ups). Tests build one with in-memory settings and stub dialogs.
 */
public final class AppContext implements AutoCloseable {
    private final TaskExecutor executor;
    private final AppPreferences preferences;
    private final ProjectSession session = new ProjectSession();
    private final io.sidebench.gui.run.RunSelections runSelections = new io.sidebench.gui.run.RunSelections();
    private final FileDialogs dialogs;
    private Messages messages;
    private ModelClientFactory clients;
    private io.sidebench.logic.scoring.EmbeddingModels embeddings;
    private SampleProjects samples = SampleProjects.standard();
    private java.nio.file.Path configDir;
    private java.util.function.Function<String, String> environment = System::getenv;
    private boolean ownClients;
    private final List<ModelClientFactory> retired = new java.util.ArrayList<>();

    public AppContext(TaskExecutor executor, Settings settings, FileDialogs dialogs) {
        this.executor = executor;
        this.preferences = new AppPreferences(settings);
        this.dialogs = dialogs;
        this.messages = new Messages(preferences.locale());
    }

    /** The context of a normal start: the FX worker pool, the user's preferences, native file choosers. */
    static AppContext production() {
        AppPreferences prefs = new AppPreferences(JavaPrefsSettings.forUser());
        return new AppContext(FxTaskExecutor.forMachine(), JavaPrefsSettings.forUser(), new NativeFileDialogs(prefs));
    }

    public TaskExecutor executor() {
        return executor;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public ProjectSession session() {
        return session;
    }

    /** The run screen's choices, kept for the session (the window is rebuilt when the language changes). */
    public io.sidebench.gui.run.RunSelections runSelections() {
        return runSelections;
    }

    public FileDialogs dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    /** The model clients (created on first use: the standard factory reads API keys from the environment). */
    public synchronized ModelClientFactory clients() {
        if (clients == null) {
            // the same as DefaultModelClientFactory.standard(), with keys from this context's settings folder
            ownClients = true;
            clients = new DefaultModelClientFactory(new ApiKeyResolver(environment(),
                    new CredentialsStore(configDir().resolve(CredentialsStore.FILE_NAME))),
                    DefaultModelClientFactory.DEFAULT_TIMEOUT, null,
                    new io.sidebench.logic.providers.baseline.OnnxTextEmbedder(), network());
        }
        return clients;
    }

    /** Proxy and trusted CAs from network.properties in the settings folder (the JDK's defaults if it is broken). */
    private io.sidebench.logic.providers.net.NetworkSettings network() {
        try {
            return io.sidebench.logic.providers.net.NetworkSettings.forConfigDir(configDir());
        } catch (IllegalArgumentException e) {
            System.err.println("network settings ignored: " + e.getMessage());
            return io.sidebench.logic.providers.net.NetworkSettings.jdkDefaults();
        }
    }

    /** The bundled embedding models (loaded on first use, then kept for the session). */
    public synchronized io.sidebench.logic.scoring.EmbeddingModels embeddings() {
        if (embeddings == null) {
            embeddings = io.sidebench.logic.scoring.EmbeddingModels.offline();
        }
        return embeddings;
    }

    /** The bundled sample projects and where copies of them are opened. */
    public SampleProjects samples() {
        return samples;
    }

    /** Replaces where samples come from and go to (tests use temporary folders). */
    public void useSamples(SampleProjects projects) {
        samples = projects;
    }

    /** Replaces the model clients (tests use loopback stubs or scripted clients). */
    public synchronized void useClients(ModelClientFactory factory) {
        clients = factory;
        ownClients = false;
    }

    /** Replaces the process environment the model clients and the Models screen read (tests). */
    public synchronized void useEnvironment(java.util.function.Function<String, String> variables) {
        environment = variables;
    }

    private synchronized java.util.function.Function<String, String> environment() {
        return environment;
    }

    /** The network settings changed: model clients built from now on use them (tests' clients are kept). */
    private synchronized void networkChanged() {
        if (ownClients && clients != null) {
            // a run may still be using the old clients: they are closed with the app, not now
            retired.add(clients);
            clients = null;
        }
    }

    /** Replaces the user's settings folder (credentials, providers); tests use a temporary folder. */
    public synchronized void useConfigDir(java.nio.file.Path dir) {
        configDir = dir;
    }

    private synchronized java.nio.file.Path configDir() {
        return configDir != null ? configDir : UserConfigDir.resolve();
    }

    /**
     * What the Models screen needs: clients, the catalogue (with the user's presets), the user's keys
     * (presence, and storing one in the owner-only credentials file), discovery and model lists.
     */
    public ModelServices modelServices() {
        java.nio.file.Path dir = configDir();
        ProviderCatalogue catalogue = ProviderCatalogue.load(dir.resolve("providers.json"));
        CredentialsStore credentials = new CredentialsStore(dir.resolve(CredentialsStore.FILE_NAME));
        java.util.function.Function<String, String> env = environment();
        ApiKeyResolver keys = new ApiKeyResolver(env, credentials);
        ModelServices.Discovery discovery = new ModelServices.Discovery() {
            @Override
            public List<LocalServerDiscovery.FoundServer> servers() {
                return new LocalServerDiscovery(Duration.ofMillis(1500)).discover(catalogue);
            }

            @Override
            public List<GgufModelFile> ggufFiles() {
                return new GgufDiscovery().discover(List.of());
            }
        };
        ModelServices.Keys userKeys = new ModelServices.Keys() {
            @Override
            public boolean isSet(String variable) {
                return keys.find(variable).isPresent();
            }

            @Override
            public void save(String variable, String key) {
                credentials.put(variable, key);
            }
        };
        ModelLister lister = new ModelLister(keys, Duration.ofSeconds(10));
        io.sidebench.logic.providers.check.CredentialSources sources = new io.sidebench.logic.providers.check
                .CredentialSources(name -> keys.find(name).orElse(null), java.nio.file.Path.of(System.getProperty(
                        "user.home")), System.getProperty("os.name", ""));
        java.util.Map<String, String> proxyVariables = new java.util.HashMap<>();
        for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy")) {
            String value = env.apply(name);
            if (value != null) {
                proxyVariables.put(name, value);
            }
        }
        ModelServices.Network network = ModelServices.Network.inFolder(dir, proxyVariables,
                System.getProperty(io.sidebench.logic.providers.net.NetworkSettings.CA_BUNDLE_PROPERTY),
                this::networkChanged);
        return new ModelServices(this::clients, catalogue, userKeys, discovery, lister::list, sources, network);
    }

    /** Switches the language of the screens built from now on. */
    public void useLocale(Locale locale) {
        messages = new Messages(locale);
    }

    @Override
    public void close() {
        executor.close(); // first: work still queued (a last save) finishes on the open project
        session.close();
        for (ModelClientFactory old : retired) {
            if (old instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // releasing timers only
                }
            }
        }
        if (clients instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // releasing timers only
            }
        }
    }
}
