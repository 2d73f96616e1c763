package io.sidebench.gui.core;

import io.sidebench.logic.fonts.AppFonts;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled CJK font ({@link AppFonts#CJK_RESOURCE}) into JavaFX once, before the first stylesheet
 * is applied: the theme names {@link AppFonts#CJK_FAMILY} as the font of every control, and JavaFX resolves
 * (and caches) CSS font families when a scene is first styled, so a later load would not be seen.
 * Chinese and Japanese then come from the bundled font; Latin from the platform font JavaFX falls back to.
 * Also registers the bundled fonts for Java2D (charts drawn off-screen).
 */
public final class FxFonts {
    private static Boolean available;

    private FxFonts() {
    }

    /** Loads the font if not yet done; true when JavaFX knows its family. Idempotent, any thread. */
    public static synchronized boolean ensureLoaded() {
        if (available == null) {
            boolean ok;
            try (InputStream in = AppFonts.openCjk()) {
                Font font = Font.loadFont(in, 13);
                ok = font != null && AppFonts.CJK_FAMILY.equals(font.getFamily());
            } catch (IOException | RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                System.err.println("warning: the bundled CJK font could not be loaded into JavaFX;"
                        + " Chinese text may show as boxes");
            }
            AppFonts.java2d();
            available = ok;
        }
        return available;
    }
}
