package io.sidebench.logic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

final class JdbcResponseCacheRepository implements ResponseCacheRepository {
    private final JdbcProjectStore store;

    JdbcResponseCacheRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String key) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT result_json FROM response_cache WHERE cache_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String resultJson) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO response_cache(cache_key, result_json, "
                    + "created_at) VALUES (?, ?, ?) ON CONFLICT(cache_key) DO UPDATE SET "
                    + "result_json = excluded.result_json, created_at = excluded.created_at")) {
                ps.setString(1, key);
                ps.setString(2, resultJson);
                ps.setString(3, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }
}
