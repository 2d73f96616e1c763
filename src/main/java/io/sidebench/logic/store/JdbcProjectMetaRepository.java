package io.sidebench.logic.store;

import io.sidebench.logic.util.Json;
import io.sidebench.model.Objectives;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

final class JdbcProjectMetaRepository implements ProjectMetaRepository {
    private static final String OBJECTIVES = "objectives";
    private final JdbcProjectStore store;

    JdbcProjectMetaRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public Objectives objectives() {
        return get(OBJECTIVES).map(json -> Json.read(json, Objectives.class)).orElse(Objectives.EMPTY);
    }

    @Override
    public void saveObjectives(Objectives objectives) {
        put(OBJECTIVES, Json.write(objectives));
    }

    @Override
    public Optional<String> get(String key) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }
}
