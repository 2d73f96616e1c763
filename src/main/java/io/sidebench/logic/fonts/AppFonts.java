package io.sidebench.logic.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one font decision of Sidebench, shared by the desktop app, the charts and the PDF reports.
 *
 * <p>Chinese, Japanese and Korean come from the bundled Droid Sans Fallback ({@link #CJK_RESOURCE}, Apache-2.0),
 * never from whatever the machine has installed. That font has no Latin letters, so Latin text comes from:
 * <ul>
 *   <li>in the desktop app, the platform's UI sans font: JavaFX falls back to it for glyphs the bundled font
 *       lacks, so the theme names {@link #CJK_FAMILY} as the one family of every control;</li>
 *   <li>in exported charts (PNG, SVG) and PDF, the bundled Liberation Sans ({@link #LATIN_RESOURCE}, shipped
 *       inside OpenPDF, metric-compatible with Arial), so exports measure and look the same on every machine.</li>
 * </ul>
 * This class only knows resources and Java2D; the app loads the same resource into JavaFX.
 */
public final class AppFonts {
    /** The bundled CJK font, as a class-path resource. */
    public static final String CJK_RESOURCE = "/io/sidebench/logic/fonts/DroidSansFallbackFull.ttf";
    /** Its family name, as JavaFX, Java2D and CSS know it once it is loaded. */
    public static final String CJK_FAMILY = "Droid Sans Fallback";
    /** The bundled Latin font of exports (inside OpenPDF's jar). */
    public static final String LATIN_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    /** Its family name. */
    public static final String LATIN_FAMILY = "Liberation Sans";
    /** The family charts name: the app's JavaFX canvas falls back from it; exports split text by glyph. */
    public static final String CHART_FAMILY = CJK_FAMILY;

    private static volatile Java2dFonts java2d;

    private AppFonts() {
    }

    /** True for Chinese, Japanese and Korean characters and their punctuation (drawn by the CJK font). */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
    }

    /** Opens the bundled CJK font's bytes; the caller closes the stream. */
    public static InputStream openCjk() {
        return open(CJK_RESOURCE);
    }

    /** Opens the bundled Latin font's bytes; the caller closes the stream. */
    public static InputStream openLatin() {
        return open(LATIN_RESOURCE);
    }

    private static InputStream open(String resource) {
        InputStream in = AppFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font resource " + resource + " is missing from the application");
        }
        return in;
    }

    /** Reads a bundled font's bytes. */
    public static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bundled fonts for Java2D, loaded and registered with the local graphics environment once (so
     * {@code new Font(CJK_FAMILY, ...)} finds them too). Thread-safe.
     */
    public static Java2dFonts java2d() {
        Java2dFonts fonts = java2d;
        if (fonts == null) {
            synchronized (AppFonts.class) {
                fonts = java2d;
                if (fonts == null) {
                    fonts = new Java2dFonts(load(LATIN_RESOURCE), load(CJK_RESOURCE));
                    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
                    env.registerFont(fonts.latin());
                    env.registerFont(fonts.cjk());
                    java2d = fonts;
                }
            }
        }
        return fonts;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource + ": " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font resource " + resource + " is not a TrueType font", e);
        }
    }

    /** The bundled Latin and CJK fonts as Java2D fonts (size 1, plain; derive sizes and styles). */
    public record Java2dFonts(Font latin, Font cjk) {
        /**
         * The bundled font that draws {@code codePoint} in the given style and size: Latin first, then CJK;
         * {@code null} when neither has it (the caller keeps its own font, e.g. for emoji).
         */
        public Font fontFor(int codePoint, int style, float size) {
            if (latin.canDisplay(codePoint)) {
                return latin.deriveFont(style, size);
            }
            if (cjk.canDisplay(codePoint)) {
                return cjk.deriveFont(style, size);
            }
            return null;
        }

        /**
         * Splits {@code text} into runs, each drawn in one font of the size and style of {@code requested}:
         * the bundled Latin font, the bundled CJK font, or {@code requested} itself for characters neither
         * bundled font has. Spaces stay in the run they are in.
         */
        public List<Run> runs(String text, Font requested) {
            List<Run> runs = new ArrayList<>();
            Font latinSized = null;
            Font cjkSized = null;
            Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Font wanted;
                if (current != null && Character.isWhitespace(cp)) {
                    wanted = current;
                } else if (latin.canDisplay(cp)) {
                    if (latinSized == null) {
                        latinSized = latin.deriveFont(requested.getStyle(), requested.getSize2D());
                    }
                    wanted = latinSized;
                } else if (cjk.canDisplay(cp)) {
                    if (cjkSized == null) {
                        cjkSized = cjk.deriveFont(requested.getStyle(), requested.getSize2D());
                    }
                    wanted = cjkSized;
                } else {
                    wanted = requested;
                }
                if (wanted != current && run.length() > 0) {
                    runs.add(new Run(run.toString(), current));
                    run.setLength(0);
                }
                current = wanted;
                run.appendCodePoint(cp);
            }
            if (run.length() > 0) {
                runs.add(new Run(run.toString(), current));
            }
            return runs;
        }
    }

    /** A piece of text and the font that draws it. */
    public record Run(String text, Font font) {
    }
}
