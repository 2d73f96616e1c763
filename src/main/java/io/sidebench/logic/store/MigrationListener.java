package io.sidebench.logic.store;

/**
 * Told how the upgrade of a project saved by an older Sidebench goes, so that a long one (a large project's
 * completions are rewritten) is not a silent wait. Called on the opening thread.
 */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener NONE = (version, stage, done, total) -> { };

    /**
     * @param toVersion the schema version being reached
     * @param stage     what is happening: "converting" (then done/total count completions), "committing",
     *                  "committed", "compacting", "compacted"
     */
    void onProgress(int toVersion, String stage, long done, long total);
}
