package io.sidebench.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What both stores share: one JDBC connection guarded by one lock, transactions that nest by joining, and
 * the repositories, whose SQL runs unchanged on SQLite and PostgreSQL (the few differences are the hooks
 * below). A subclass says how to connect, migrate and translate its database's failures for the user.
 */
abstract class JdbcProjectStore implements ProjectStore {
    private final ProjectLocation location;
    private final ReentrantLock lock = new ReentrantLock();
    private final int schemaVersion;
    private Connection connection;
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

    JdbcProjectStore(ProjectLocation location, Connection connection, int schemaVersion) {
        this.location = location;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.meta = new JdbcProjectMetaRepository(this);
        this.promptSets = new JdbcPromptSetRepository(this);
        this.models = new JdbcModelRepository(this);
        this.runs = new JdbcRunRepository(this);
        this.completions = new JdbcCompletionRepository(this);
        this.scores = new JdbcScoreRepository(this);
        this.annotations = new JdbcAnnotationRepository(this);
        this.votes = new JdbcVoteRepository(this);
        this.cache = new JdbcResponseCacheRepository(this);
        this.grid = new JdbcGridRepository(this);
    }

    /** The database's failure in the user's words. */
    abstract StoreException translate(SQLException e);

    /** SQL for the first turn's user text of a prompt's {@code turns_json} (a JSON array of turns). */
    abstract String firstUserTurnSql(String turnsJsonColumn);

    /**
     * Whether a failed transaction may simply be run again (a serialization failure or deadlock between two
     * writers on a server). The work is then repeated from its start, at most a few times.
     */
    boolean isRetryable(SQLException e) {
        return false;
    }

    /** First statement of a transaction that reads a consistent snapshot of everything (a copy); default none. */
    void beginSnapshot(Connection connection) throws SQLException {
    }

    /** After rows were copied in with their ids: make new ids continue after them; default nothing to do. */
    void afterCopy(Connection connection, java.util.List<String> tables) throws SQLException {
    }

    /** A chance to replace a connection the server dropped, before the next piece of work; default none. */
    Connection ensureConnection(Connection current) throws SQLException {
        return current;
    }

    @Override
    public ProjectLocation location() {
        return location;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public ProjectMetaRepository meta() {
        return meta;
    }

    @Override
    public PromptSetRepository promptSets() {
        return promptSets;
    }

    @Override
    public ModelRepository models() {
        return models;
    }

    @Override
    public RunRepository runs() {
        return runs;
    }

    @Override
    public CompletionRepository completions() {
        return completions;
    }

    @Override
    public ScoreRepository scores() {
        return scores;
    }

    @Override
    public AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public VoteRepository votes() {
        return votes;
    }

    @Override
    public ResponseCacheRepository cache() {
        return cache;
    }

    @Override
    public GridRepository grid() {
        return grid;
    }

    /** Runs {@code work} under the store's lock, outside any transaction of its own. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth == 0) {
                connection = ensureConnection(connection);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return outerTransaction(work);
                } catch (SQLException e) {
                    if (attempt >= 5 || !isRetryable(e)) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T outerTransaction(SqlWork<T> work) throws SQLException {
        connection = ensureConnection(connection);
        connection.setAutoCommit(false);
        transactionDepth++;
        Throwable failure = null;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            rollbackKeeping(e);
            throw e;
        } finally {
            transactionDepth--;
            endTransaction(failure);
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

    /** Closes and removes this project (one a failed copy left half made). */
    abstract void discard();

    /** Runs {@code last} on the connection (best effort), then closes it. */
    void close(SqlWork<Void> last) {
        lock.lock();
        try {
            try {
                last.run(connection);
            } catch (SQLException | RuntimeException ignored) {
                // best effort
            }
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
