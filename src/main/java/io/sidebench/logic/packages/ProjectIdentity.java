package io.sidebench.logic.packages;

import io.sidebench.logic.store.ProjectStore;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's identity for annotation packages: a random UUID kept in the project's {@code meta} table
 * under {@value #KEY}, written the first time a package is exported (no schema change). Copies of the
 * project file share it, so a package merges into any copy of the project it came from and no other.
 */
public final class ProjectIdentity {
    public static final String KEY = "packages.project_id";

    private ProjectIdentity() {
    }

    public static Optional<String> find(ProjectStore store) {
        return store.meta().get(KEY);
    }

    public static String ensure(ProjectStore store) {
        return find(store).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            store.meta().put(KEY, id);
            return id;
        });
    }
}
