package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Annotation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcAnnotationRepository implements AnnotationRepository {
    private static final TypeReference<Map<String, Double>> RATINGS = new TypeReference<>() { };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };
    private static final String COLUMNS = "a.completion_id, a.annotator, a.ratings_json, a.tags_json, a.comment, a.updated_at";
    private final JdbcProjectStore store;

    JdbcAnnotationRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public void save(Annotation a) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation(completion_id, annotator, "
                    + "ratings_json, tags_json, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(completion_id, annotator) DO UPDATE SET ratings_json = excluded.ratings_json, "
                    + "tags_json = excluded.tags_json, comment = excluded.comment, updated_at = excluded.updated_at")) {
                ps.setLong(1, a.completionId());
                ps.setString(2, a.annotator());
                ps.setString(3, Json.write(a.ratings()));
                ps.setString(4, Json.write(a.tags()));
                ps.setString(5, a.comment());
                ps.setString(6, (a.updatedAt() == null ? Instant.now() : a.updatedAt()).toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Annotation> find(long completionId, String annotator) {
        return query("SELECT " + COLUMNS + " FROM annotation a WHERE a.completion_id = ? AND a.annotator = ?",
                completionId, annotator).stream().findFirst();
    }

    @Override
    public List<Annotation> forCompletion(long completionId) {
        return query("SELECT " + COLUMNS + " FROM annotation a WHERE a.completion_id = ? ORDER BY a.annotator",
                completionId);
    }

    @Override
    public List<Annotation> forRun(long runId) {
        return query("SELECT " + COLUMNS + " FROM annotation a JOIN completion c ON c.id = a.completion_id "
                + "WHERE c.run_id = ? ORDER BY a.completion_id, a.annotator", runId);
    }

    @Override
    public int count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotation");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<Annotation> query(String sql, Object... args) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Annotation> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Annotation(rs.getLong(1), rs.getString(2), Json.read(rs.getString(3), RATINGS),
                                Json.read(rs.getString(4), TAGS), rs.getString(5), Instant.parse(rs.getString(6))));
                    }
                }
                return out;
            }
        });
    }
}
