package io.sidebench.logic.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words on charts (titles, axis labels, notes, legend entries) in one language. The texts live with the
 * app's other strings, as the {@code chart.*} keys of the {@code i18n/messages*.properties} bundles, so the GUI
 * draws its charts in the UI language while reports stay in English ({@link #ENGLISH}). No JavaFX here: the
 * caller chooses the language.
 */
public final class ChartText {
    /** The bundle holding the {@code chart.*} keys (the app's message bundle). */
    public static final String BUNDLE = "i18n.messages";
    /** The texts of the reports and of every chart built without a language: English. */
    public static final ChartText ENGLISH = of(Locale.ROOT);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ChartText(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The chart texts of {@code locale} (English where the language is not shipped). */
    public static ChartText of(Locale locale) {
        return new ChartText(locale, ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code chart.KEY} with {@code {0}}-style arguments; {@code !chart.KEY!} when missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString("chart." + key);
        } catch (MissingResourceException e) {
            return "!chart." + key + "!";
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
