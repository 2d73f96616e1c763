package io.sidebench.logic.store;

import io.sidebench.logic.util.Json;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcModelRepository implements ModelRepository {
    private static final String COLUMNS = "id, name, provider, base_url, model, api_key_env, path, params_json, profile_json";
    private static final String CONNECTION = "connection";
    private final JdbcProjectStore store;

    JdbcModelRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public ModelConfig add(ModelConfig model) {
        if (find(model.name()).isPresent()) {
            throw new StoreException("a model named '" + model.name() + "' already exists");
        }
        long id = store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model(name, provider, base_url, model, "
                    + "api_key_env, path, params_json, profile_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, model);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return model.withId(id);
    }

    @Override
    public void update(ModelConfig model) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE model SET name = ?, provider = ?, base_url = ?, "
                    + "model = ?, api_key_env = ?, path = ?, params_json = ?, profile_json = ? WHERE id = ?")) {
                bind(ps, model);
                ps.setLong(9, model.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no model with id " + model.id());
                }
                return null;
            }
        });
    }

    private static void bind(PreparedStatement ps, ModelConfig model) throws SQLException {
        ps.setString(1, model.name());
        ps.setString(2, model.provider().id());
        ps.setString(3, model.baseUrl());
        ps.setString(4, model.model());
        ps.setString(5, model.apiKeyEnv());
        ps.setString(6, model.path());
        ps.setString(7, paramsJson(model));
        ps.setString(8, Json.write(model.profile()));
    }

    /**
     * The parameters' JSON, with the connection settings (headers, query, provider options) under
     * {@value #CONNECTION} when there are any: no new column, and older readers ignore the extra field.
     */
    private static String paramsJson(ModelConfig model) {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.mapper().valueToTree(model.params());
        if (!model.connection().hasNothing()) {
            node.set(CONNECTION, Json.mapper().valueToTree(model.connection()));
        }
        return Json.write(node);
    }

    private static ConnectionSettings connection(String paramsJson) {
        if (paramsJson == null) {
            return ConnectionSettings.NONE;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = Json.mapper().readTree(paramsJson).path(CONNECTION);
            return node.isObject() ? Json.mapper().treeToValue(node, ConnectionSettings.class) : ConnectionSettings.NONE;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("cannot read a model's connection settings: " + e.getOriginalMessage());
        }
    }

    @Override
    public List<ModelConfig> list() {
        return query("SELECT " + COLUMNS + " FROM model ORDER BY id", null);
    }

    @Override
    public Optional<ModelConfig> find(String name) {
        return query("SELECT " + COLUMNS + " FROM model WHERE name = ?", name).stream().findFirst();
    }

    @Override
    public Optional<ModelConfig> get(long id) {
        return query("SELECT " + COLUMNS + " FROM model WHERE id = ?", id).stream().findFirst();
    }

    private List<ModelConfig> query(String sql, Object arg) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setObject(1, arg);
                }
                List<ModelConfig> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ModelConfig(rs.getLong(1), rs.getString(2), ProviderKind.fromId(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                Json.read(rs.getString(8), ModelParams.class),
                                Json.read(rs.getString(9), ModelProfile.class), connection(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void remove(String name) {
        ModelConfig model = find(name).orElseThrow(() -> new StoreException("no model named '" + name + "'"));
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM run_model WHERE model_id = ?")) {
                ps.setLong(1, model.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new StoreException("model '" + name + "' is used by " + rs.getInt(1)
                                + " run(s); delete those runs first");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM model WHERE id = ?")) {
                ps.setLong(1, model.id());
                return ps.executeUpdate();
            }
        });
    }
}
