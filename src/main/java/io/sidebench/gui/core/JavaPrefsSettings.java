package io.sidebench.gui.core;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in {@link java.util.prefs.Preferences} (the user's registry or ~/.java on Linux). */
public final class JavaPrefsSettings implements Settings {
    private final Preferences node;

    public JavaPrefsSettings(Preferences node) {
        this.node = node;
    }

    public static JavaPrefsSettings forUser() {
        return new JavaPrefsSettings(Preferences.userRoot().node("io/sidebench/app"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        flush();
    }

    @Override
    public void remove(String key) {
        node.remove(key);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the app works without them
        }
    }
}
