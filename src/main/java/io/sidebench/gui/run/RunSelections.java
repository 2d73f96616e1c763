package io.sidebench.gui.run;

import io.sidebench.logic.run.Isolation;
import io.sidebench.model.PromptSet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

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
        Isolation isolation;
        String name;
        String notes;

        /** Restores what was chosen earlier in the session, and remembers every change from now on. */
        void bind(IntegerProperty repeats, IntegerProperty concurrency, StringProperty name, StringProperty notes,
                  ObjectProperty<PromptSet> set, ObjectProperty<Isolation> isolation) {
            if (this.repeats != null) {
                repeats.set(this.repeats);
            }
            if (this.concurrency != null) {
                concurrency.set(this.concurrency);
            }
            if (this.isolation != null) {
                isolation.set(this.isolation);
            }
            name.set(this.name == null ? "" : this.name);
            notes.set(this.notes == null ? "" : this.notes);
            repeats.addListener((o, old, now) -> this.repeats = now.intValue());
            concurrency.addListener((o, old, now) -> this.concurrency = now.intValue());
            isolation.addListener((o, old, now) -> this.isolation = now);
            name.addListener((o, old, now) -> this.name = now);
            notes.addListener((o, old, now) -> this.notes = now);
            set.addListener((o, old, now) -> {
                if (now != null) {
                    setId = now.id();
                }
            });
        }
    }

    private final Map<Path, Choices> byProject = new HashMap<>();

    Choices of(Path project) {
        return byProject.computeIfAbsent(project.toAbsolutePath().normalize(), p -> new Choices());
    }
}
