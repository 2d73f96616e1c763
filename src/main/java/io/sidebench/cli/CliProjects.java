package io.sidebench.cli;

import io.sidebench.logic.store.ProjectLocation;
import io.sidebench.logic.store.StoreException;

/** A project argument (file or team project URL) as the CLI may print it: never with a password. */
final class CliProjects {
    private CliProjects() {
    }

    static String shown(String project) {
        try {
            return ProjectLocation.parse(project).display();
        } catch (StoreException e) {
            return "the project";
        }
    }
}
