package io.sidebench.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every row of one project into a new, empty one, ids included, so that a project file published to a
 * team project and checked out again is the same project (publish, checkout). The source is read in one
 * snapshot (a transaction; repeatable read on a server) while others may go on writing to it; the target is
 * written in one transaction, so a failure leaves it as empty as it was.
 */
public final class ProjectCopy {
    /** Tables in an order where every row's references are already copied. */
    static final List<String> TABLES = List.of("meta", "prompt_set", "prompt", "model", "run", "run_model",
            "completion", "score", "annotation", "vote", "response_cache");
    /** Each table's key, so rows are copied (and compared) in a stable order. */
    static final Map<String, String> ORDER = Map.ofEntries(Map.entry("meta", "key"), Map.entry("prompt_set", "id"),
            Map.entry("prompt", "id"), Map.entry("model", "id"), Map.entry("run", "id"),
            Map.entry("run_model", "run_id, model_id"), Map.entry("completion", "id"),
            Map.entry("score", "completion_id, scorer"), Map.entry("annotation", "completion_id, annotator"),
            Map.entry("vote", "id"), Map.entry("response_cache", "cache_key"));
    private static final int BATCH = 500;

    private ProjectCopy() {
    }

    /**
     * Copies everything in {@code from} into {@code to}, which must hold no prompts, models or runs yet (a project
     * just created); its title and other settings are replaced by the source's.
     *
     * @return rows copied per table
     */
    public static Map<String, Integer> copy(ProjectStore from, ProjectStore to) {
        JdbcProjectStore source = jdbc(from);
        JdbcProjectStore target = jdbc(to);
        if (from.schemaVersion() != to.schemaVersion()) {
            throw new StoreException(to.location() + ": schema version " + to.schemaVersion() + " differs from "
                    + from.location() + "'s " + from.schemaVersion());
        }
        if (!to.promptSets().list().isEmpty() || !to.models().list().isEmpty() || !to.runs().list().isEmpty()) {
            throw new StoreException(to.location() + ": is not empty; copy into a new project");
        }
        return source.inTransaction(in -> {
            source.beginSnapshot(in);
            return target.inTransaction(out -> {
                try (Statement st = out.createStatement()) {
                    st.executeUpdate("DELETE FROM meta");
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String table : TABLES) {
                    counts.put(table, copyTable(in, out, table));
                }
                target.afterCopy(out, TABLES);
                return counts;
            });
        });
    }

    /**
     * Creates a new project at {@code to} (refusing one that exists) and copies {@code from} into it; if the copy
     * fails, the half-made project is removed again, so a failure leaves nothing behind.
     */
    public static Map<String, Integer> copyToNew(ProjectStore from, ProjectLocation to, TeamCredentials credentials) {
        ProjectStore target = ProjectStores.create(to, from.meta().title(), credentials);
        Map<String, Integer> counts;
        try {
            counts = copy(from, target);
        } catch (RuntimeException | Error e) {
            try {
                jdbc(target).discard();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        target.close();
        return counts;
    }

    private static JdbcProjectStore jdbc(ProjectStore store) {
        if (store instanceof JdbcProjectStore jdbc) {
            return jdbc;
        }
        throw new StoreException(store.location() + ": cannot be copied (unknown kind of project)");
    }

    private static int copyTable(Connection in, Connection out, String table) throws SQLException {
        int rows = 0;
        try (PreparedStatement select = in.prepareStatement("SELECT * FROM " + table + " ORDER BY " + ORDER.get(table))) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> columns = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    columns.add(md.getColumnName(i));
                }
                String insert = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(n, "?")) + ")";
                try (PreparedStatement ps = out.prepareStatement(insert)) {
                    int pending = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object value = rs.getObject(i);
                            if (value == null) {
                                ps.setNull(i, Types.NULL);
                            } else if (value instanceof Boolean b) {
                                ps.setInt(i, b ? 1 : 0);
                            } else {
                                ps.setObject(i, value);
                            }
                        }
                        ps.addBatch();
                        rows++;
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        ps.executeBatch();
                    }
                }
            }
        }
        return rows;
    }
}
