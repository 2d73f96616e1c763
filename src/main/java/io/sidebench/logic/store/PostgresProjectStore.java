package io.sidebench.logic.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A team project: one PostgreSQL schema ({@code sidebench_NAME}) in a database the team's server already runs,
 * holding the same tables as a project file (scripts {@code pg/V*.sql}) and a one-row table
 * {@value #VERSION_TABLE} with the schema version. Each store (an analyst's app, a CLI command, an annotator's
 * session) has its own connection; many stores write at once, each write in its own transaction, so nothing a
 * writer commits is lost to another (upserts on the natural keys, see docs/decisions/0009). Upgrades run in
 * one transaction under a row lock on the version, so two programs upgrading at once upgrade once.
 */
public final class PostgresProjectStore extends JdbcProjectStore {
    static final String VERSION_TABLE = "sidebench_schema";
    static final String SCHEMA_PREFIX = "sidebench_";
    private static final String SCRIPTS = "pg/";
    private static final int RETRIES = 5;

    private final String url;
    private final Properties properties;
    private final String identity;

    private PostgresProjectStore(ProjectLocation location, String url, Properties properties, Connection connection,
            int schemaVersion, String identity) {
        super(location, connection, schemaVersion);
        this.url = url;
        this.properties = properties;
        this.identity = identity;
    }

    /** The schema that holds the team project {@code location}. */
    static String schemaName(ProjectLocation location) {
        return SCHEMA_PREFIX + location.project();
    }

    /** Creates a new team project; refuses if one of that name exists in the database. */
    public static PostgresProjectStore create(ProjectLocation location, String title, TeamCredentials credentials) {
        return create(location, title, credentials, Migrations.latestVersion());
    }

    /** Test hook: a new team project at an older schema version, to test upgrades. */
    static PostgresProjectStore create(ProjectLocation location, String title, TeamCredentials credentials,
            int version) {
        Properties properties = properties(location, credentials);
        Connection connection = connect(location, properties);
        String schema = schemaName(location);
        try {
            connection.setAutoCommit(false);
            try {
                lockProjectName(connection, schema);
                if (schemaExists(connection, schema)) {
                    throw new StoreException(location + ": a team project named '" + location.project()
                            + "' already exists in database " + location.database() + "; choose another name or open it");
                }
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE SCHEMA " + quote(schema));
                    st.execute("SET LOCAL search_path TO " + quote(schema));
                    st.execute("CREATE TABLE " + VERSION_TABLE + " (version INTEGER NOT NULL, application TEXT NOT NULL)");
                    st.execute("INSERT INTO " + VERSION_TABLE + " VALUES (0, 'Sidebench')");
                }
                Migrations.migrate(connection, 0, version, MigrationListener.NONE, SCRIPTS, PostgresProjectStore::writeVersion);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(location, e, "cannot create the team project");
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        PostgresProjectStore store = new PostgresProjectStore(location, location.jdbcUrl(), properties, connection,
                version, currentUser(connection));
        store.meta().setTitle(title == null || title.isBlank() ? location.project() : title);
        return store;
    }

    /**
     * Opens a team project, upgrading an older schema in one transaction; a project from a newer Sidebench is
     * refused untouched.
     */
    public static PostgresProjectStore open(ProjectLocation location, TeamCredentials credentials,
            MigrationListener listener) {
        Properties properties = properties(location, credentials);
        Connection connection = connect(location, properties);
        String schema = schemaName(location);
        int latest = Migrations.latestVersion();
        try {
            if (!schemaExists(connection, schema) || !tableExists(connection, schema, VERSION_TABLE)) {
                throw new StoreException(location + ": there is no team project named '" + location.project()
                        + "' in database " + location.database() + "; create it with: sidebench new " + location);
            }
            int found = check(location, readVersion(connection, false));
            if (found < latest) {
                connection.setAutoCommit(false);
                try {
                    found = check(location, readVersion(connection, true));
                    Migrations.migrate(connection, found, latest, listener, SCRIPTS, PostgresProjectStore::writeVersion);
                    listener.onProgress(latest, "committing", 0, 0);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
                listener.onProgress(latest, "committed", 0, 0);
            }
            return new PostgresProjectStore(location, location.jdbcUrl(), properties, connection, latest,
                    currentUser(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(location, e, "cannot open the team project");
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static int check(ProjectLocation location, int version) {
        if (version > Migrations.latestVersion()) {
            throw new StoreException(location + ": this team project was made by a newer version of Sidebench (schema "
                    + "version " + version + "; this version reads up to " + Migrations.latestVersion()
                    + "). Update Sidebench to open it; nothing was changed.");
        }
        if (version < 1) {
            throw new StoreException(location + ": the team project is incomplete (no schema version)");
        }
        return version;
    }

    private static int readVersion(Connection connection, boolean forUpdate) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + VERSION_TABLE + (forUpdate ? " FOR UPDATE" : ""))) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void writeVersion(Connection connection, int version) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + VERSION_TABLE + " SET version = ?")) {
            ps.setInt(1, version);
            ps.executeUpdate();
        }
    }

    /** Two programs creating the same project name at once: the second waits, then finds it exists. */
    private static void lockProjectName(Connection connection, String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, "sidebench:" + schema);
            ps.executeQuery().close();
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String currentUser(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return null;
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Properties properties(ProjectLocation location, TeamCredentials credentials) {
        Properties p = new Properties();
        location.parameters().forEach(p::setProperty);
        credentials.user(location).ifPresent(u -> p.setProperty("user", u));
        credentials.password(location).ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("currentSchema", schemaName(location));
        p.setProperty("ApplicationName", "Sidebench");
        p.setProperty("reWriteBatchedInserts", "true");
        p.putIfAbsent("connectTimeout", "15");
        return p;
    }

    private static Connection connect(ProjectLocation location, Properties properties) {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw failure(location, e, "cannot connect");
        }
    }

    @Override
    Connection ensureConnection(Connection current) throws SQLException {
        if (!current.isClosed()) {
            return current;
        }
        // the server ended our session (restart, admin, network): what was committed is safe; start a new one
        return DriverManager.getConnection(url, properties);
    }

    @Override
    void beginSnapshot(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
        }
    }

    /** Identity columns continue after the highest id copied in. */
    @Override
    void afterCopy(Connection connection, List<String> tables) throws SQLException {
        for (String table : List.of("prompt_set", "prompt", "model", "run", "completion", "vote")) {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) "
                        + "FROM " + table);
            }
        }
    }

    @Override
    boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    @Override
    String firstUserTurnSql(String turnsJsonColumn) {
        return "((" + turnsJsonColumn + ")::json -> 0 ->> 'user')";
    }

    @Override
    public Optional<String> identity() {
        return Optional.ofNullable(identity);
    }

    /** Reads every table of the project and checks the version row; returns "ok" when all is sound. */
    @Override
    public String integrityCheck() {
        return read(c -> {
            StringBuilder problems = new StringBuilder();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), min(version), max(version) FROM " + VERSION_TABLE)) {
                    rs.next();
                    if (rs.getInt(1) != 1 || rs.getInt(2) != Migrations.latestVersion()) {
                        problems.append("schema version table holds ").append(rs.getInt(1)).append(" rows");
                    }
                }
                for (String table : List.of("meta", "prompt_set", "prompt", "model", "run", "run_model", "completion",
                        "score", "annotation", "vote", "response_cache")) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                        rs.next();
                    }
                }
            }
            return problems.length() == 0 ? "ok" : problems.toString();
        });
    }

    @Override
    StoreException translate(SQLException e) {
        return failure(location(), e, null);
    }

    private static StoreException failure(ProjectLocation location, SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        String prefix = location + ": " + (doing == null ? "" : doing + ": ");
        if (state.equals("53100")) {
            return StoreException.diskFull(location, e);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new StoreException(prefix + "cannot reach the database server or lost the connection (" + why
                    + "); what was saved before is safe; check the server and try again", e);
        }
        if (state.startsWith("28")) {
            return new StoreException(prefix + "the server refused the login (" + why + "); give the password in "
                    + "the environment variable PGPASSWORD, with `sidebench credentials set PGPASSWORD`, or in ~/.pgpass", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(prefix + "the database " + location.database() + " does not exist on the server", e);
        }
        if (state.equals("42501")) {
            return new StoreException(prefix + "permission denied (" + why + "); ask the team's database administrator "
                    + "to grant your role access to schema " + schemaName(location), e);
        }
        return new StoreException(prefix + why, e);
    }

    @Override
    void discard() {
        inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + quote(schemaName(location())) + " CASCADE");
            }
            return null;
        });
        close();
    }

    @Override
    public void close() {
        close(c -> null);
    }
}
