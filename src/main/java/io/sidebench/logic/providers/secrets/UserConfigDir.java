package io.sidebench.logic.providers.secrets;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user settings folder, outside any project: {@code -Dsidebench.config.dir} when given, else
 * {@code $XDG_CONFIG_HOME/sidebench}, else {@code %APPDATA%\Sidebench} on Windows, else
 * {@code ~/.config/sidebench}.
 */
public final class UserConfigDir {
    public static final String PROPERTY = "sidebench.config.dir";

    private UserConfigDir() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String override, String osName, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "sidebench");
        }
        String appData = env.get("APPDATA");
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && appData != null && !appData.isBlank()) {
            return Path.of(appData, "Sidebench");
        }
        return Path.of(home, ".config", "sidebench");
    }
}
