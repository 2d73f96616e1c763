package io.sidebench.logic.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * An open project file: one SQLite database in WAL mode with foreign keys and a busy timeout. All
 * access goes through the repositories it hands out; they serialise on one lock, so the run engine's
 * workers, the UI and background scorers can share one store. Every write is committed at once.
 * The only class that knows a project may be a SQLite file (with {@link Migrations} and
 * {@link ProjectFileInspector}); callers see a {@link ProjectStore}.
 */
public final class SqliteProjectStore extends JdbcProjectStore {
    private final Path file;
    private final Duration busyTimeout;

    private SqliteProjectStore(Path file, Connection connection, int schemaVersion, Duration busyTimeout) {
        super(ProjectLocation.of(file), connection, schemaVersion);
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    /** Creates a new, empty project file; refuses to overwrite an existing file. */
    public static SqliteProjectStore create(Path file, String title) {
        return create(file, title, Migrations.latestVersion());
    }

    /** Test hook: a new project at an older schema version, to test upgrades. */
    static SqliteProjectStore create(Path file, String title, int version) {
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
        SqliteProjectStore store = new SqliteProjectStore(file, connection, version, BUSY_TIMEOUT);
        store.meta().setTitle(title == null || title.isBlank() ? defaultTitle(file) : title);
        return store;
    }

    /**
     * Opens an existing project, upgrading an older schema in one transaction. A file that is not a
     * Sidebench project, is corrupt, or comes from a newer version is refused and left untouched.
     */
    public static SqliteProjectStore open(Path file) {
        return open(file, BUSY_TIMEOUT, MigrationListener.NONE);
    }

    /** {@link #open(Path)}, telling {@code listener} how an upgrade of an older project goes. */
    public static SqliteProjectStore open(Path file, MigrationListener listener) {
        return open(file, BUSY_TIMEOUT, listener);
    }

    /** Test hook: {@link #open(Path)} with another busy timeout, so lock tests need not wait 10 s. */
    static SqliteProjectStore open(Path file, Duration busyTimeout) {
        return open(file, busyTimeout, MigrationListener.NONE);
    }

    private static SqliteProjectStore open(Path file, Duration busyTimeout, MigrationListener listener) {
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
        return new SqliteProjectStore(file, connection, Migrations.latestVersion(), busyTimeout);
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

    @Override
    String firstUserTurnSql(String turnsJsonColumn) {
        return "json_extract(" + turnsJsonColumn + ", '$[0].user')";
    }

    /** Runs {@code PRAGMA integrity_check}; returns "ok" for a sound file. */
    @Override
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

    @Override
    StoreException translate(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (StoreException.isDiskFull(e)) {
            return StoreException.diskFull(location(), e);
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
    void discard() {
        close(c -> null);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (java.io.IOException e) {
                throw new StoreException(file + suffix + ": cannot remove the half-made copy: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        close(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA optimize");
            }
            return null;
        });
    }
}
