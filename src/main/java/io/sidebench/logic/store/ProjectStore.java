package io.sidebench.logic.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An open project: a {@code .sidebench} file ({@link SqliteProjectStore}) or a team project in PostgreSQL
 * ({@link PostgresProjectStore}). Everything else in the application depends on this interface and the
 * repositories it hands out, never on the database behind it. Every write is committed at once; a store's
 * repositories may be shared by the run engine's workers, the UI and background scorers.
 */
public interface ProjectStore extends AutoCloseable {
    String EXTENSION = ".sidebench";
    /** How long a writer waits for another program (say, the CLI beside the app) to release its lock. */
    Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    /** Creates a new, empty project file; refuses to overwrite an existing file. */
    static ProjectStore create(Path file, String title) {
        return SqliteProjectStore.create(file, title);
    }

    /**
     * Opens an existing project file, upgrading an older schema in one transaction. A file that is not a
     * Sidebench project, is corrupt, or comes from a newer version is refused and left untouched.
     */
    static ProjectStore open(Path file) {
        return SqliteProjectStore.open(file);
    }

    /** {@link #open(Path)}, telling {@code listener} how an upgrade of an older project goes. */
    static ProjectStore open(Path file, MigrationListener listener) {
        return SqliteProjectStore.open(file, listener);
    }

    static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** Where the project lives: its file, or its team project URL (never with a password). */
    ProjectLocation location();

    /**
     * The project file, for callers that need one (recent files, file dialogs).
     *
     * @throws StoreException for a team project, which has no file
     */
    default Path file() {
        return location().file().orElseThrow(() -> new StoreException(location().display()
                + ": a team project has no file; check it out to a file first (sidebench checkout)"));
    }

    int schemaVersion();

    /**
     * Who is working in this store, as the team project knows them (their database role); empty for a file
     * project, where the annotator names themselves.
     */
    default java.util.Optional<String> identity() {
        return java.util.Optional.empty();
    }

    ProjectMetaRepository meta();

    PromptSetRepository promptSets();

    ModelRepository models();

    RunRepository runs();

    CompletionRepository completions();

    ScoreRepository scores();

    AnnotationRepository annotations();

    VoteRepository votes();

    ResponseCacheRepository cache();

    /** Narrow reads for the compare grid (row index, cells by page, filter facts). */
    GridRepository grid();

    /**
     * Runs {@code work} in one transaction (joining the caller's if one is open): all of it is committed,
     * or none of it.
     */
    <T> T inTransaction(SqlWork<T> work);

    /** Checks the stored data's soundness; returns "ok" for a sound project. */
    String integrityCheck();

    @Override
    void close();
}
