package io.sidebench.gui.core;

import java.util.Arrays;
import java.util.List;

/** The colour themes: a palette of looked-up colours over one shared stylesheet. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Stylesheet URLs for a scene: the palette first, then the shared rules that use it. Loads the bundled
     * font first, which the shared rules name (see {@link FxFonts}).
     */
    public List<String> stylesheets() {
        FxFonts.ensureLoaded();
        return List.of(resource("/themes/" + id + ".css"), resource("/themes/sidebench.css"));
    }

    private static String resource(String path) {
        var url = Theme.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + path);
        }
        return url.toExternalForm();
    }

    public static Theme fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(id)).findFirst().orElse(LIGHT);
    }
}
