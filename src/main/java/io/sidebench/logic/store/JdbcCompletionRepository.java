package io.sidebench.logic.store;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class JdbcCompletionRepository implements CompletionRepository {
    private static final String COLUMNS = "id, run_id, prompt_id, model_id, repeat, status, text, turn_answers, "
            + "reasoning, error, ttft_ms, ttfa_ms, e2e_ms, input_tokens, output_tokens, tokens_estimated, tpot_ms, "
            + "itl_p50_ms, itl_p95_ms, tokens_per_s, chars_per_s, cost, cached, attempts, finished_at, retries, backoff_ms, "
            + "wall_ms";

    /** Prompt ids per IN (...) list, well under SQLite's parameter limit. */
    private static final int IN_BATCH = 500;

    private final JdbcProjectStore store;

    JdbcCompletionRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public Completion save(Completion c) {
        long id = store.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO completion(run_id, prompt_id, model_id, "
                    + "repeat, status, text, turn_answers, reasoning, error, ttft_ms, ttfa_ms, e2e_ms, input_tokens, "
                    + "output_tokens, tokens_estimated, tpot_ms, itl_p50_ms, itl_p95_ms, tokens_per_s, chars_per_s, "
                    + "cost, cached, attempts, finished_at, chunks, retries, backoff_ms, wall_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(run_id, prompt_id, model_id, repeat) DO UPDATE SET status = excluded.status, "
                    + "text = excluded.text, turn_answers = excluded.turn_answers, reasoning = excluded.reasoning, "
                    + "error = excluded.error, ttft_ms = excluded.ttft_ms, ttfa_ms = excluded.ttfa_ms, "
                    + "e2e_ms = excluded.e2e_ms, input_tokens = excluded.input_tokens, "
                    + "output_tokens = excluded.output_tokens, tokens_estimated = excluded.tokens_estimated, "
                    + "tpot_ms = excluded.tpot_ms, itl_p50_ms = excluded.itl_p50_ms, itl_p95_ms = excluded.itl_p95_ms, "
                    + "tokens_per_s = excluded.tokens_per_s, chars_per_s = excluded.chars_per_s, cost = excluded.cost, "
                    + "cached = excluded.cached, attempts = completion.attempts + excluded.attempts, "
                    + "finished_at = excluded.finished_at, chunks = excluded.chunks, "
                    // a cell answered again (resume, retry) adds this execution's effort to the earlier ones
                    + "retries = coalesce(completion.retries, CASE WHEN completion.attempts > 1 THEN completion.attempts - 1 ELSE 0 END) + excluded.retries, "
                    + "backoff_ms = CASE WHEN excluded.backoff_ms IS NULL THEN completion.backoff_ms "
                    + "ELSE coalesce(completion.backoff_ms, 0) + excluded.backoff_ms END, "
                    + "wall_ms = CASE WHEN excluded.wall_ms IS NULL THEN completion.wall_ms "
                    + "ELSE coalesce(completion.wall_ms, 0) + excluded.wall_ms END RETURNING id")) {
                CellKey k = c.cell();
                Metrics m = c.metrics();
                int i = 1;
                ps.setLong(i++, k.runId());
                ps.setLong(i++, k.promptId());
                ps.setLong(i++, k.modelId());
                ps.setInt(i++, k.repeat());
                ps.setString(i++, c.status().name());
                ps.setString(i++, c.text());
                ps.setString(i++, TurnAnswersColumn.encode(c.text(), c.turnAnswers()));
                ps.setString(i++, c.reasoning());
                ps.setString(i++, c.error());
                setDouble(ps, i++, m.ttftMs());
                setDouble(ps, i++, m.ttfaMs());
                setDouble(ps, i++, m.e2eMs());
                setInt(ps, i++, m.inputTokens());
                setInt(ps, i++, m.outputTokens());
                ps.setInt(i++, m.tokensEstimated() ? 1 : 0);
                setDouble(ps, i++, m.tpotMs());
                setDouble(ps, i++, m.itlP50Ms());
                setDouble(ps, i++, m.itlP95Ms());
                setDouble(ps, i++, m.tokensPerSecond());
                setDouble(ps, i++, m.charsPerSecond());
                setDouble(ps, i++, m.cost());
                ps.setInt(i++, c.cached() ? 1 : 0);
                ps.setInt(i++, c.attempts());
                ps.setString(i++, (c.finishedAt() == null ? Instant.now() : c.finishedAt()).toString());
                ps.setBytes(i++, ChunkCodec.encode(c.chunks(), c.text(), c.reasoning()));
                ps.setInt(i++, c.retries());
                if (c.backoffMs() == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setLong(i++, c.backoffMs());
                }
                setDouble(ps, i, c.wallMs());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return c.withId(id);
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    @Override
    public Optional<Completion> get(long id) {
        return query("SELECT " + COLUMNS + ", chunks FROM completion WHERE id = ?", true, id).stream().findFirst();
    }

    @Override
    public Optional<Completion> find(CellKey k) {
        return query("SELECT " + COLUMNS + ", chunks FROM completion WHERE run_id = ? AND prompt_id = ? "
                + "AND model_id = ? AND repeat = ?", true, k.runId(), k.promptId(), k.modelId(), k.repeat())
                .stream().findFirst();
    }

    @Override
    public List<Completion> forRun(long runId, boolean withChunks) {
        String chunks = withChunks ? ", chunks" : "";
        return query("SELECT " + COLUMNS + chunks + " FROM completion WHERE run_id = ? "
                + "ORDER BY prompt_id, model_id, repeat", withChunks, runId);
    }

    @Override
    public List<Completion> forPrompts(long runId, Collection<Long> promptIds) {
        if (promptIds.isEmpty()) {
            return List.of();
        }
        List<Completion> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(promptIds);
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            Object[] args = new Object[part.size() + 1];
            args[0] = runId;
            for (int i = 0; i < part.size(); i++) {
                args[i + 1] = part.get(i);
            }
            out.addAll(query("SELECT " + COLUMNS + " FROM completion WHERE run_id = ? AND prompt_id IN (" + marks
                    + ") ORDER BY prompt_id, model_id, repeat", false, args));
        }
        return out;
    }

    @Override
    public Map<Long, CellKey> cells(long runId) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, prompt_id, model_id, repeat FROM completion "
                    + "WHERE run_id = ?")) {
                ps.setLong(1, runId);
                Map<Long, CellKey> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new CellKey(runId, rs.getLong(2), rs.getLong(3), rs.getInt(4)));
                    }
                }
                return out;
            }
        });
    }

    private List<Completion> query(String sql, boolean withChunks, Object... args) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Completion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs, withChunks));
                    }
                }
                return out;
            }
        });
    }

    private static Completion read(ResultSet rs, boolean withChunks) throws SQLException {
        CellKey key = new CellKey(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5));
        Metrics metrics = new Metrics(dbl(rs, 11), dbl(rs, 12), dbl(rs, 13), integer(rs, 14), integer(rs, 15),
                rs.getInt(16) == 1, dbl(rs, 17), dbl(rs, 18), dbl(rs, 19), dbl(rs, 20), dbl(rs, 21), dbl(rs, 22));
        String text = rs.getString(7);
        String reasoning = rs.getString(9);
        int attempts = rs.getInt(24);
        Integer retries = integer(rs, 26);
        long backoff = rs.getLong(27);
        Long backoffMs = rs.wasNull() ? null : backoff;
        return new Completion(rs.getLong(1), key, CompletionStatus.valueOf(rs.getString(6)), text,
                TurnAnswersColumn.decode(text, rs.getString(8)), reasoning, rs.getString(10), metrics,
                withChunks ? ChunkCodec.decode(rs.getBytes(29), text, reasoning) : List.of(), rs.getInt(23) == 1,
                attempts, Instant.parse(rs.getString(25)), retries == null ? Math.max(0, attempts - 1) : retries,
                backoffMs, dbl(rs, 28));
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    @Override
    public Set<CellKey> finishedCells(long runId) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT prompt_id, model_id, repeat FROM completion "
                    + "WHERE run_id = ? AND status = 'OK'")) {
                ps.setLong(1, runId);
                Set<CellKey> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CellKey(runId, rs.getLong(1), rs.getLong(2), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<Long, Effort> effortByModel(long runId) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT model_id, sum(attempts), "
                    + "sum(coalesce(retries, CASE WHEN attempts > 1 THEN attempts - 1 ELSE 0 END)) FROM completion WHERE run_id = ? GROUP BY model_id")) {
                ps.setLong(1, runId);
                Map<Long, Effort> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Effort(rs.getInt(2), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int count() {
        return countWhere("SELECT count(*) FROM completion", null);
    }

    @Override
    public int countForRun(long runId) {
        return countWhere("SELECT count(*) FROM completion WHERE run_id = ?", runId);
    }

    private int countWhere(String sql, Long arg) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setLong(1, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
