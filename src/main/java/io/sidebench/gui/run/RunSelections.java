package io.sidebench.gui.run;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the analyst chose on the run screen (set, models, repeats, parallel requests, name and notes of the next
 * run), kept for the session, per project: the screen is rebuilt when the language changes and must not forget
 * it. Plain state, only touched on the UI thread.
 */
public final class RunSelections {
    /** One project's choices; {@code null} or absent means "not chosen yet": the screen's default applies. */
    static final class Choices {
        Long setId;
        final Map<Long, Boolean> chosenModels = new HashMap<>();
        Integer repeats;
        Integer concurrency;
        String name;
        String notes;
    }

    private final Map<Path, Choices> byProject = new HashMap<>();

    Choices of(Path project) {
        return byProject.computeIfAbsent(project.toAbsolutePath().normalize(), p -> new Choices());
    }
}
