package io.sidebench.gui.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Typed access to the app's settings: recent projects, language, theme and the annotator's name. */
public final class AppPreferences {
    public static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String ANNOTATOR = "annotator";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LAST_MODEL_SOURCE = "models.lastSource";

    private final Settings settings;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Theme> themeValue;

    public AppPreferences(Settings settings) {
        this.settings = settings;
        this.themeValue = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "theme", theme());
    }

    /** The chosen theme as an observable value (charts follow it). */
    public javafx.beans.property.ReadOnlyObjectProperty<Theme> themeProperty() {
        return themeValue.getReadOnlyProperty();
    }

    /** Recently opened projects, most recent first. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            settings.get(RECENT + i).map(Path::of).ifPresent(out::add);
        }
        return out;
    }

    /** Moves {@code project} to the front of the recent list. */
    public void addRecent(Path project) {
        Path normal = project.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(normal);
        list.add(0, normal);
        writeRecent(list);
    }

    public void removeRecent(Path project) {
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(project.toAbsolutePath().normalize());
        writeRecent(list);
    }

    private void writeRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                settings.put(RECENT + i, list.get(i).toString());
            } else {
                settings.remove(RECENT + i);
            }
        }
    }

    public Locale locale() {
        return Messages.supportedLocale(settings.get(LANGUAGE, "en"));
    }

    public void setLocale(Locale locale) {
        settings.put(LANGUAGE, locale.toLanguageTag());
    }

    public Theme theme() {
        return Theme.fromId(settings.get(THEME, Theme.LIGHT.id()));
    }

    public void setTheme(Theme theme) {
        settings.put(THEME, theme.id());
        themeValue.set(theme);
    }

    public String annotator() {
        return settings.get(ANNOTATOR, System.getProperty("user.name", "analyst"));
    }

    public void setAnnotator(String name) {
        if (name != null && !name.isBlank()) {
            settings.put(ANNOTATOR, name.strip());
        }
    }

    public Path lastFolder() {
        return settings.get(LAST_FOLDER).map(Path::of).orElse(Path.of(System.getProperty("user.home", ".")));
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            settings.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        }
    }

    /** The preset or provider last chosen in "add a model" (its id), so the next form starts there. */
    public java.util.Optional<String> lastModelSource() {
        return settings.get(LAST_MODEL_SOURCE);
    }

    public void setLastModelSource(String sourceId) {
        if (sourceId != null && !sourceId.isBlank()) {
            settings.put(LAST_MODEL_SOURCE, sourceId);
        }
    }
}
