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
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import java.util.Locale;

/**
 * The composition root: the services the screens share, built once per app and handed down through
 * constructors (no static look-ups). Tests build one with in-memory settings and stub dialogs.
 */
public final class AppContext implements AutoCloseable {
    private final TaskExecutor executor;
    private final AppPreferences preferences;
    private final ProjectSession session = new ProjectSession();
    private final FileDialogs dialogs;
    private Messages messages;
    private ModelClientFactory clients;

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

    public FileDialogs dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    /** The model clients (created on first use: the standard factory reads API keys from the environment). */
    public synchronized ModelClientFactory clients() {
        if (clients == null) {
            clients = DefaultModelClientFactory.standard();
        }
        return clients;
    }

    /** Switches the language of the screens built from now on. */
    public void useLocale(Locale locale) {
        messages = new Messages(locale);
    }

    @Override
    public void close() {
        session.close();
        executor.close();
        if (clients instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // releasing timers only
            }
        }
    }
}
