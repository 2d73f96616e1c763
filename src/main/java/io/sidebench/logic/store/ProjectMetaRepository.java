package io.sidebench.logic.store;

import io.sidebench.model.Objectives;
import java.util.Optional;

/** Project-wide settings: title, objectives and rubric, and small key/value preferences. */
public interface ProjectMetaRepository {
    Objectives objectives();

    void saveObjectives(Objectives objectives);

    default String title() {
        return objectives().title();
    }

    default void setTitle(String title) {
        saveObjectives(objectives().withTitle(title));
    }

    Optional<String> get(String key);

    void put(String key, String value);
}
