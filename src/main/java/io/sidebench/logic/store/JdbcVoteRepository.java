package io.sidebench.logic.store;

import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class JdbcVoteRepository implements VoteRepository {
    private final JdbcProjectStore store;

    JdbcVoteRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public Vote add(Vote v) {
        Instant at = v.createdAt() == null ? Instant.now() : v.createdAt();
        long id = store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote(run_id, prompt_id, left_completion_id, "
                    + "right_completion_id, left_model_id, right_model_id, outcome, voter, judge, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, v.runId());
                ps.setLong(2, v.promptId());
                ps.setLong(3, v.leftCompletionId());
                ps.setLong(4, v.rightCompletionId());
                ps.setLong(5, v.leftModelId());
                ps.setLong(6, v.rightModelId());
                ps.setString(7, v.outcome().name());
                ps.setString(8, v.voter());
                ps.setInt(9, v.judge() ? 1 : 0);
                ps.setString(10, at.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Vote(id, v.runId(), v.promptId(), v.leftCompletionId(), v.rightCompletionId(), v.leftModelId(),
                v.rightModelId(), v.outcome(), v.voter(), v.judge(), at);
    }

    @Override
    public List<Vote> forRun(long runId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, run_id, prompt_id, left_completion_id, "
                    + "right_completion_id, left_model_id, right_model_id, outcome, voter, judge, created_at "
                    + "FROM vote WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, runId);
                List<Vote> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Vote(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6), rs.getLong(7), VoteOutcome.valueOf(rs.getString(8)), rs.getString(9),
                                rs.getInt(10) == 1, Instant.parse(rs.getString(11))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM vote");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
