package io.sidebench.testsupport;

import io.sidebench.logic.store.ProjectLocation;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.store.TeamCredentials;
import java.nio.file.Path;

/** The two places a project can live, so a repository test runs unchanged on both. */
public enum StoreKind {
    SQLITE {
        @Override
        public String newLocation(Path dir) {
            return dir.resolve("p" + System.nanoTime() + ProjectStore.EXTENSION).toString();
        }
    },
    POSTGRES {
        @Override
        public String newLocation(Path dir) {
            return TeamDatabase.newUrl();
        }
    };

    /** A location where no project is yet: a new file in {@code dir}, or a new team project name. */
    public abstract String newLocation(Path dir);

    /** A new, empty project. */
    public ProjectStore create(Path dir, String title) {
        return create(newLocation(dir), title);
    }

    public static ProjectStore create(String location, String title) {
        return ProjectStores.create(ProjectLocation.parse(location), title, TeamCredentials.none());
    }

    public static ProjectStore open(String location) {
        return ProjectStores.open(ProjectLocation.parse(location), io.sidebench.logic.store.MigrationListener.NONE,
                TeamCredentials.none());
    }
}
