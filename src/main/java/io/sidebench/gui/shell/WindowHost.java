package io.sidebench.gui.shell;

import io.sidebench.gui.core.Theme;
import java.util.Locale;

/** What the main window asks of the app around it. */
public interface WindowHost {
    /** Rebuilds the window in another language (the choice is already saved). */
    void changeLanguage(Locale locale);

    /** Switches the colour theme (the choice is already saved). */
    void changeTheme(Theme theme);

    void quit();
}
