package io.sidebench.logic.store;

import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcRunRepository implements RunRepository {
    private final JdbcProjectStore store;

    JdbcRunRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public Run create(Run run) {
        long id = store.inTransaction(c -> {
            long runId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run(name, set_id, repeats, seed, status, "
                    + "created_at, finished_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, run.name());
                ps.setLong(2, run.promptSetId());
                ps.setInt(3, run.repeats());
                ps.setLong(4, run.seed());
                ps.setString(5, run.status().name());
                ps.setString(6, (run.createdAt() == null ? Instant.now() : run.createdAt()).toString());
                ps.setString(7, run.finishedAt() == null ? null : run.finishedAt().toString());
                ps.setString(8, run.notes());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO run_model(run_id, model_id, position) VALUES (?, ?, ?)")) {
                for (int i = 0; i < run.modelIds().size(); i++) {
                    ps.setLong(1, runId);
                    ps.setLong(2, run.modelIds().get(i));
                    ps.setInt(3, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return runId;
        });
        return get(id).orElseThrow();
    }

    private static final String COLUMNS = "id, name, set_id, repeats, seed, status, created_at, finished_at, notes";

    /** Newest first: the one order of every list of runs (ids grow with creation, so ties cannot happen). */
    @Override
    public List<Run> list() {
        return query("SELECT " + COLUMNS + " FROM run ORDER BY id DESC", null);
    }

    @Override
    public Optional<Run> get(long id) {
        return query("SELECT " + COLUMNS + " FROM run WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void describe(long runId, String name, String notes) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE run SET name = ?, notes = ? WHERE id = ?")) {
                ps.setString(1, blankToNull(name));
                ps.setString(2, blankToNull(notes));
                ps.setLong(3, runId);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException(store.location() + ": no run with id " + runId);
                }
                return null;
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private List<Run> query(String sql, Long arg) {
        return store.read(c -> {
            List<Run> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql);
                 PreparedStatement models = c.prepareStatement(
                         "SELECT model_id FROM run_model WHERE run_id = ? ORDER BY position")) {
                if (arg != null) {
                    ps.setLong(1, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        List<Long> modelIds = new ArrayList<>();
                        models.setLong(1, id);
                        try (ResultSet m = models.executeQuery()) {
                            while (m.next()) {
                                modelIds.add(m.getLong(1));
                            }
                        }
                        String finished = rs.getString(8);
                        out.add(new Run(id, rs.getString(2), rs.getLong(3), modelIds, rs.getInt(4), rs.getLong(5),
                                RunStatus.valueOf(rs.getString(6)), Instant.parse(rs.getString(7)),
                                finished == null ? null : Instant.parse(finished), rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setStatus(long runId, RunStatus status) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE run SET status = ?, finished_at = ? WHERE id = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, status == RunStatus.FINISHED || status == RunStatus.CANCELLED
                        ? Instant.now().toString() : null);
                ps.setLong(3, runId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void delete(long runId) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM run WHERE id = ?")) {
                ps.setLong(1, runId);
                return ps.executeUpdate();
            }
        });
    }
}
