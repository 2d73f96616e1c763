package io.sidebench.logic.store;

/**
 * Opens or creates a project wherever it lives, from what the user typed: a file name, or a team project URL
 * {@code postgresql://host[:port]/database?project=NAME}. The one entry point for commands and screens that
 * accept either.
 */
public final class ProjectStores {
    private ProjectStores() {
    }

    public static ProjectStore open(String location) {
        return open(ProjectLocation.parse(location), MigrationListener.NONE, TeamCredentials.standard());
    }

    public static ProjectStore open(String location, MigrationListener listener) {
        return open(ProjectLocation.parse(location), listener, TeamCredentials.standard());
    }

    public static ProjectStore open(ProjectLocation location) {
        return open(location, MigrationListener.NONE, TeamCredentials.standard());
    }

    public static ProjectStore open(ProjectLocation location, MigrationListener listener, TeamCredentials credentials) {
        if (location.isTeam()) {
            return PostgresProjectStore.open(location, credentials, listener);
        }
        return SqliteProjectStore.open(location.file().orElseThrow(), listener);
    }

    public static ProjectStore create(String location, String title) {
        return create(ProjectLocation.parse(location), title, TeamCredentials.standard());
    }

    public static ProjectStore create(ProjectLocation location, String title, TeamCredentials credentials) {
        if (location.isTeam()) {
            return PostgresProjectStore.create(location, title, credentials);
        }
        return SqliteProjectStore.create(location.file().orElseThrow(), title);
    }
}
