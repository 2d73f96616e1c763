package io.sidebench.logic.store;

import io.sidebench.model.Score;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcScoreRepository implements ScoreRepository {
    private final JdbcProjectStore store;

    JdbcScoreRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public void save(Score score) {
        saveAll(List.of(score));
    }

    @Override
    public void saveAll(List<Score> scores) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO score(completion_id, scorer, value, detail, "
                    + "input_hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT(completion_id, scorer) DO UPDATE SET "
                    + "value = excluded.value, detail = excluded.detail, input_hash = excluded.input_hash")) {
                for (Score s : scores) {
                    ps.setLong(1, s.completionId());
                    ps.setString(2, s.scorer());
                    if (s.value() == null || s.value().isNaN()) {
                        ps.setNull(3, Types.REAL);
                    } else {
                        ps.setDouble(3, s.value());
                    }
                    ps.setString(4, s.detail());
                    ps.setString(5, s.inputHash());
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            }
        });
    }

    @Override
    public Optional<Score> find(long completionId, String scorer) {
        return query("SELECT completion_id, scorer, value, detail, input_hash FROM score WHERE completion_id = ? "
                + "AND scorer = ?", completionId, scorer).stream().findFirst();
    }

    @Override
    public List<Score> forCompletion(long completionId) {
        return query("SELECT completion_id, scorer, value, detail, input_hash FROM score WHERE completion_id = ? "
                + "ORDER BY scorer", completionId);
    }

    @Override
    public List<Score> forRun(long runId) {
        return query("SELECT s.completion_id, s.scorer, s.value, s.detail, s.input_hash FROM score s "
                + "JOIN completion c ON c.id = s.completion_id WHERE c.run_id = ? ORDER BY s.completion_id, s.scorer",
                runId);
    }

    @Override
    public int count() {
        return query("SELECT 0, 'count', count(*), NULL, NULL FROM score").get(0).value().intValue();
    }

    private List<Score> query(String sql, Object... args) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Score> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double v = rs.getDouble(3);
                        Double value = rs.wasNull() ? null : v;
                        out.add(new Score(rs.getLong(1), rs.getString(2), value, rs.getString(4), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }
}
