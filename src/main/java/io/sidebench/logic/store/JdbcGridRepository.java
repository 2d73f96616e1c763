package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import io.sidebench.model.CompletionStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

final class JdbcGridRepository implements GridRepository {
    /** Prompt ids per IN (...) list, well under SQLite's parameter limit. */
    private static final int IN_BATCH = 500;
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };
    private final String promptLines;
    private static final String CELL_LINES = "SELECT c.id, c.prompt_id, c.model_id, c.status, substr(c.text, 1, ?), "
            + "c.error, c.e2e_ms, c.tokens_per_s, "
            + "CASE WHEN EXISTS (SELECT 1 FROM annotation a WHERE a.completion_id = c.id) THEN 1 ELSE 0 END "
            + "FROM completion c WHERE c.run_id = ? AND c.repeat = ? AND c.prompt_id IN (";
    private static final String SCORE_FLOORS = "SELECT c.prompt_id, s.scorer, min(s.value) FROM completion c "
            + "JOIN score s ON s.completion_id = c.id WHERE c.run_id = ? AND s.value IS NOT NULL "
            + "GROUP BY c.prompt_id, s.scorer";
    private static final String TAG_LINES = "SELECT c.prompt_id, a.completion_id, a.tags_json FROM annotation a "
            + "JOIN completion c ON c.id = a.completion_id WHERE c.run_id = ? AND a.tags_json <> '[]'";

    private final JdbcProjectStore store;

    JdbcGridRepository(JdbcProjectStore store) {
        this.store = store;
        this.promptLines = "SELECT id, ordinal, ext_key, category, substr(" + store.firstUserTurnSql("turns_json")
                + ", 1, ?) FROM prompt WHERE set_id = ? ORDER BY ordinal";
    }

    @Override
    public List<PromptLine> promptLines(long setId, int previewChars) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(promptLines)) {
                ps.setInt(1, previewChars);
                ps.setLong(2, setId);
                List<PromptLine> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String start = rs.getString(5);
                        out.add(new PromptLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                start == null ? "" : start));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<CellLine> cellLines(long runId, int repeat, Collection<Long> promptIds, int previewChars) {
        List<CellLine> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(promptIds);
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            out.addAll(store.read(conn -> {
                try (PreparedStatement ps = conn.prepareStatement(CELL_LINES + marks + ")")) {
                    int i = 1;
                    ps.setInt(i++, previewChars);
                    ps.setLong(i++, runId);
                    ps.setInt(i++, repeat);
                    for (Long id : part) {
                        ps.setLong(i++, id);
                    }
                    List<CellLine> lines = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lines.add(new CellLine(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                    CompletionStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                    dbl(rs, 7), dbl(rs, 8), rs.getInt(9) == 1));
                        }
                    }
                    return lines;
                }
            }));
        }
        return out;
    }

    @Override
    public List<ScoreFloor> scoreFloors(long runId) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(SCORE_FLOORS)) {
                ps.setLong(1, runId);
                List<ScoreFloor> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ScoreFloor(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<TagLine> tagLines(long runId) {
        return store.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(TAG_LINES)) {
                ps.setLong(1, runId);
                List<TagLine> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TagLine(rs.getLong(1), rs.getLong(2), Json.read(rs.getString(3), TAGS)));
                    }
                }
                return out;
            }
        });
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
