package io.sidebench.logic.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * An open project file: one SQLite database in WAL mode with foreign keys and a busy timeout. All
 * access goes through the repositories it hands out; they serialise on one lock, so the run engine's
 * workers, the UI and background scorers can share one store. Every write is committed at once.
 */
public final class ProjectStore implements AutoCloseable {
    public static final String EXTENSION = ".sidebench";
    /** How long a writer waits for another process (say, the CLI beside the app) to release its lock. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final int schemaVersion;
    private final Duration busyTimeout;
    private int transactionDepth;

    private final ProjectMetaRepository meta;
    private final PromptSetRepository promptSets;
    private final ModelRepository models;
    private final RunRepository runs;
    private final CompletionRepository completions;
    private final ScoreRepository scores;
    private final AnnotationRepository annotations;
    private final VoteRepository votes;
    private final ResponseCacheRepository cache;
    private final GridRepository grid;

    private ProjectStore(Path file, Connection connection, int schemaVersion, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.meta = new SqliteProjectMetaRepository(this);
        this.promptSets = new SqlitePromptSetRepository(this);
        this.models = new SqliteModelRepository(this);
        this.runs = new SqliteRunRepository(this);
        this.completions = new SqliteCompletionRepository(this);
        this.scores = new SqliteScoreRepository(this);
        this.annotations = new SqliteAnnotationRepository(this);
        this.votes = new SqliteVoteRepository(this);
        this.cache = new SqliteResponseCacheRepository(this);
        this.grid = new SqliteGridRepository(this);
    }

    /** Creates a new, empty project file; refuses to overwrite an existing file. */
    public static ProjectStore create(Path file, String title) {
        return create(file, title, Migrations.latestVersion());
    }

    /** Test hook: a new project at an older schema version, to test upgrades. */
    static ProjectStore create(Path file, String title, int version) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            throw new StoreException(file + ": already exists; choose another name or open it");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(file + ": folder " + parent + " does not exist");
        }
        Connection connection = connect(file, BUSY_TIMEOUT);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA application_id = " + ProjectFileInspector.APPLICATION_ID);
                st.execute("PRAGMA journal_mode = WAL");
            }
            connection.setAutoCommit(false);
            Migrations.migrate(connection, 0, version, MigrationListener.NONE);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(file + ": cannot create project: " + e.getMessage(), e);
        }
        ProjectStore store = new ProjectStore(file, connection, version, BUSY_TIMEOUT);
        store.meta().setTitle(title == null || title.isBlank() ? defaultTitle(file) : title);
        return store;
    }

    /**
     * Opens an existing project, upgrading an older schema in one transaction. A file that is not a
     * Sidebench project, is corrupt, or comes from a newer version is refused and left untouched.
     */
    public static ProjectStore open(Path file) {
        return open(file, BUSY_TIMEOUT, MigrationListener.NONE);
    }

    /** {@link #open(Path)}, telling {@code listener} how an upgrade of an older project goes. */
    public static ProjectStore open(Path file, MigrationListener listener) {
        return open(file, BUSY_TIMEOUT, listener);
    }

    /** Test hook: {@link #open(Path)} with another busy timeout, so lock tests need not wait 10 s. */
    static ProjectStore open(Path file, Duration busyTimeout) {
        return open(file, busyTimeout, MigrationListener.NONE);
    }

    private static ProjectStore open(Path file, Duration busyTimeout, MigrationListener listener) {
        ProjectFileInspector.inspect(file, Migrations.latestVersion());
        Connection connection = connect(file, busyTimeout);
        try {
            try (Statement st = connection.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            Migrations.upgrade(connection, file, listener);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            limitGrowthForTests(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException store) {
                throw store;
            }
            if (isBusy(String.valueOf(e.getMessage()))) {
                throw locked(file, busyTimeout, e);
            }
            throw new StoreException(file + ": the project file is corrupt or unreadable (" + e.getMessage() + ")", e);
        }
        return new ProjectStore(file, connection, Migrations.latestVersion(), busyTimeout);
    }

    /** System property: pages the file may still grow by (a disk that is nearly full, for tests). */
    static final String SPACE_PAGES_PROPERTY = "sidebench.test.spacePages";

    /**
     * Test hook: with {@value #SPACE_PAGES_PROPERTY} set, SQLite refuses to grow the file beyond that many more
     * pages ({@code PRAGMA max_page_count}), failing writes exactly as a full disk does (SQLITE_FULL).
     */
    private static void limitGrowthForTests(Connection connection) throws SQLException {
        Integer spare = Integer.getInteger(SPACE_PAGES_PROPERTY);
        if (spare == null) {
            return;
        }
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            int pages = rs.getInt(1);
            st.execute("PRAGMA max_page_count = " + (pages + Math.max(0, spare)));
        }
    }

    private static Connection connect(Path file, Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            String why = String.valueOf(e.getMessage());
            if (isCorrupt(why)) {
                throw new StoreException(file + ": the project file is corrupt (" + why + ")", e);
            }
            throw new StoreException(file + ": cannot open: " + why, e);
        }
    }

    private static String defaultTitle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public ProjectMetaRepository meta() {
        return meta;
    }

    public PromptSetRepository promptSets() {
        return promptSets;
    }

    public ModelRepository models() {
        return models;
    }

    public RunRepository runs() {
        return runs;
    }

    public CompletionRepository completions() {
        return completions;
    }

    public ScoreRepository scores() {
        return scores;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public VoteRepository votes() {
        return votes;
    }

    public ResponseCacheRepository cache() {
        return cache;
    }

    /** Narrow reads for the compare grid (row index, cells by page, filter facts). */
    public GridRepository grid() {
        return grid;
    }

    /** Runs {@code work} under the store's lock, outside any transaction of its own. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction (joining the caller's if one is open): all of it is committed,
     * or none of it.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            boolean outer = transactionDepth == 0;
            if (outer) {
                connection.setAutoCommit(false);
            }
            transactionDepth++;
            Throwable failure = null;
            try {
                T result = work.run(connection);
                if (outer) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
                if (outer) {
                    rollbackKeeping(e);
                }
                throw e;
            } finally {
                transactionDepth--;
                if (outer) {
                    endTransaction(failure);
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a failed statement SQLite may already have rolled the transaction back by itself (disk full, I/O
     * error): then the driver's own rollback and its commit when leaving the transaction fail with "no
     * transaction is active", which must not hide the real reason.
     */
    private void rollbackKeeping(Throwable reason) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            reason.addSuppressed(e);
        }
    }

    private void endTransaction(Throwable failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** Runs {@code PRAGMA integrity_check}; returns "ok" for a sound file. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    private static boolean isBusy(String sqliteMessage) {
        return sqliteMessage.contains("SQLITE_BUSY") || sqliteMessage.contains("database is locked");
    }

    private static boolean isCorrupt(String sqliteMessage) {
        return sqliteMessage.contains("CORRUPT") || sqliteMessage.contains("NOTADB")
                || sqliteMessage.contains("malformed");
    }

    /** Another program (the app beside the CLI, say) held its lock past our busy timeout. */
    private static StoreException locked(Path file, Duration busyTimeout, Exception e) {
        return new StoreException(file + ": the project is locked by another program (Sidebench app or CLI) for more than "
                + (busyTimeout.toMillis() >= 1000 ? busyTimeout.toSeconds() + " s" : busyTimeout.toMillis() + " ms")
                + "; try again when it has finished", e);
    }

    private StoreException translate(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (StoreException.isDiskFull(e)) {
            return StoreException.diskFull(file, e);
        }
        if (isBusy(message)) {
            return locked(file, busyTimeout, e);
        }
        if (isCorrupt(message)) {
            return new StoreException(file + ": the project file is corrupt (database disk image is malformed); "
                    + "open a backup copy", e);
        }
        return new StoreException(file + ": " + message, e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // best effort
            }
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
