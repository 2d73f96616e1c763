package io.sidebench.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Versioned schema migrations. Version N is the script {@code VN__*.sql} beside this class, optionally followed
 * by Java code that converts rows (a {@link JavaStep}); the database's {@code PRAGMA user_version} records the
 * version reached. Every step and the version bump run in one transaction, so a failure or a kill in the middle
 * leaves the file at its old version with all its data; see docs/storage.md.
 */
final class Migrations {
    /** Java code run after a version's script, in the same transaction. */
    interface JavaStep {
        /** @return true when it rewrote rows so that the file is worth compacting afterwards */
        boolean apply(Connection connection, MigrationListener listener) throws SQLException;
    }

    private record Step(String script, JavaStep java) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("V1__schema.sql", null),
            new Step("V2__compact_completions.sql", new CompactCompletionsMigration()),
            new Step("V3__attempts_and_run_notes.sql", null));

    /** VACUUM after an upgrade when at least this share of the file's pages is free. */
    private static final double COMPACT_WHEN_FREE = 0.25;

    private Migrations() {
    }

    static int latestVersion() {
        return STEPS.size();
    }

    /**
     * Runs the steps after {@code fromVersion} up to {@code toVersion} in the caller's transaction.
     *
     * @return true when a step rewrote rows, leaving pages half empty
     */
    static boolean migrate(Connection connection, int fromVersion, int toVersion, MigrationListener listener)
            throws SQLException {
        return migrate(connection, fromVersion, toVersion, listener, "", (c, version) -> {
            try (Statement st = c.createStatement()) {
                // PRAGMA takes no bind parameters; version is an int we computed.
                st.execute("PRAGMA user_version = " + version);
            }
        });
    }

    /** Records the version a migration reached, in the caller's transaction. */
    interface VersionWriter {
        void write(Connection connection, int version) throws SQLException;
    }

    /**
     * The same steps for another database: version N's script is {@code prefix + VN__*.sql} (the same tables
     * and columns in that database's types), its Java step the same as on SQLite.
     */
    static boolean migrate(Connection connection, int fromVersion, int toVersion, MigrationListener listener,
            String scriptPrefix, VersionWriter versionWriter) throws SQLException {
        boolean rewrote = false;
        for (int version = fromVersion + 1; version <= toVersion; version++) {
            Step step = STEPS.get(version - 1);
            for (String sql : statements(scriptPrefix + step.script())) {
                try (Statement st = connection.createStatement()) {
                    st.execute(sql);
                }
            }
            if (step.java() != null) {
                rewrote |= step.java().apply(connection, listener);
            }
            versionWriter.write(connection, version);
        }
        return rewrote;
    }

    /**
     * Brings an open project to the latest version. The version is read through SQLite (a version committed
     * to the write-ahead log but not yet copied into the file counts), under the write lock, so two programs
     * opening an old file at once upgrade it once. Afterwards a file left mostly empty is compacted.
     *
     * @return the version found before upgrading
     */
    static int upgrade(Connection connection, Path file, MigrationListener listener) throws SQLException {
        int found = check(file, userVersion(connection));
        if (found == latestVersion()) {
            return found;
        }
        boolean rewrote;
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            connection.setAutoCommit(false);
            try {
                found = check(file, userVersion(connection));
                rewrote = migrate(connection, found, latestVersion(), listener);
                listener.onProgress(latestVersion(), "committing", 0, 0);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        }
        listener.onProgress(latestVersion(), "committed", 0, 0);
        compact(connection, rewrote, listener);
        return found;
    }

    private static int check(Path file, int version) {
        if (version > latestVersion()) {
            throw ProjectFileInspector.newer(file, version, latestVersion());
        }
        if (version < 1) {
            throw new StoreException(file + ": the project file is corrupt (no schema version)");
        }
        return version;
    }

    static int userVersion(Connection connection) throws SQLException {
        return pragma("PRAGMA user_version", connection);
    }

    /**
     * VACUUM (crash-safe in SQLite) when the upgrade rewrote rows smaller (their pages stay allocated, mostly
     * empty) or freed much of the file; best effort.
     */
    private static void compact(Connection connection, boolean rewrote, MigrationListener listener) {
        try {
            long pages = pragma("PRAGMA page_count", connection);
            long free = pragma("PRAGMA freelist_count", connection);
            if (!rewrote && free < pages * COMPACT_WHEN_FREE) {
                return;
            }
            listener.onProgress(latestVersion(), "compacting", free, pages);
            try (PreparedStatement st = connection.prepareStatement("VACUUM")) {
                st.execute();
            }
            try (PreparedStatement st = connection.prepareStatement("PRAGMA wal_checkpoint(TRUNCATE)")) {
                st.execute();
            }
            listener.onProgress(latestVersion(), "compacted", pragma("PRAGMA page_count", connection), pages);
        } catch (SQLException e) {
            // another program reads the file: it stays as large as it was, and as sound
        }
    }

    private static int pragma(String sql, Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new StoreException("migration script missing from the application: " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.strip().equals(";")) {
                    out.add(current.toString());
                    current.setLength(0);
                } else if (!line.strip().startsWith("--")) {
                    current.append(line).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString());
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }
}
