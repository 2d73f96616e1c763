package io.sidebench.gui.core;

import java.util.Optional;

/** Small user settings that outlive a session (recent projects, language, theme, annotator). */
public interface Settings {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }
}
