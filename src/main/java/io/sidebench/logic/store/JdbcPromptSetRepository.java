package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Assertion;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcPromptSetRepository implements PromptSetRepository {
    private static final TypeReference<List<Turn>> TURNS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> VARS = new TypeReference<>() { };
    private static final TypeReference<List<Assertion>> ASSERTIONS = new TypeReference<>() { };
    private static final String SET_COLUMNS =
            "s.id, s.name, s.source, s.format, s.imported_at, (SELECT count(*) FROM prompt p WHERE p.set_id = s.id)";
    private static final String PROMPT_COLUMNS =
            "id, ext_key, ordinal, system, turns_json, category, variables_json, assertions_json";
    private static final int BATCH = 500;

    private final JdbcProjectStore store;

    JdbcPromptSetRepository(JdbcProjectStore store) {
        this.store = store;
    }

    @Override
    public PromptSet importSet(String name, String source, String format, PromptSource prompts) throws Exception {
        if (name == null || name.isBlank()) {
            throw new StoreException("a prompt set needs a name");
        }
        if (find(name).isPresent()) {
            throw new StoreException("a prompt set named '" + name + "' already exists; choose another name with --name");
        }
        Exception[] failure = new Exception[1];
        long id;
        try {
            id = store.inTransaction(c -> {
                long setId;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO prompt_set(name, source, format, imported_at) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, name);
                    ps.setString(2, source);
                    ps.setString(3, format);
                    ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        setId = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO prompt(set_id, ordinal, ext_key, system, "
                        + "category, turns_json, variables_json, assertions_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int[] ordinal = {0};
                    int[] pending = {0};
                    try {
                        prompts.emit(prompt -> {
                            try {
                                ps.setLong(1, setId);
                                ps.setInt(2, ordinal[0]);
                                ps.setString(3, prompt.key() == null ? String.valueOf(ordinal[0] + 1) : prompt.key());
                                ps.setString(4, prompt.system());
                                ps.setString(5, prompt.category());
                                ps.setString(6, Json.write(prompt.turns()));
                                ps.setString(7, prompt.variables().isEmpty() ? null : Json.write(prompt.variables()));
                                ps.setString(8, prompt.assertions().isEmpty() ? null : Json.write(prompt.assertions()));
                                ps.addBatch();
                                ordinal[0]++;
                                if (++pending[0] == BATCH) {
                                    ps.executeBatch();
                                    pending[0] = 0;
                                }
                            } catch (SQLException e) {
                                throw new StoreException("cannot store prompt: " + e.getMessage(), e);
                            }
                        });
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        failure[0] = e;
                        throw new AbortImport();
                    }
                    if (pending[0] > 0) {
                        ps.executeBatch();
                    }
                }
                return setId;
            });
        } catch (AbortImport e) {
            throw failure[0];
        }
        return get(id).orElseThrow();
    }

    /** Carries a checked failure of the prompt source out of the transaction, which then rolls back. */
    private static final class AbortImport extends RuntimeException {
        AbortImport() {
            super(null, null, false, false);
        }
    }

    @Override
    public List<PromptSet> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SET_COLUMNS + " FROM prompt_set s ORDER BY s.id")) {
                return readSets(ps);
            }
        });
    }

    @Override
    public Optional<PromptSet> find(String name) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SET_COLUMNS + " FROM prompt_set s WHERE s.name = ?")) {
                ps.setString(1, name);
                return readSets(ps).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<PromptSet> get(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SET_COLUMNS + " FROM prompt_set s WHERE s.id = ?")) {
                ps.setLong(1, id);
                return readSets(ps).stream().findFirst();
            }
        });
    }

    private static List<PromptSet> readSets(PreparedStatement ps) throws SQLException {
        List<PromptSet> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PromptSet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(6), Instant.parse(rs.getString(5))));
            }
        }
        return out;
    }

    @Override
    public List<Prompt> prompts(long setId) {
        return prompts(setId, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<Prompt> prompts(long setId, int offset, int limit) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PROMPT_COLUMNS
                    + " FROM prompt WHERE set_id = ? ORDER BY ordinal LIMIT ? OFFSET ?")) {
                ps.setLong(1, setId);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                return readPrompts(ps);
            }
        });
    }

    @Override
    public Optional<Prompt> prompt(long promptId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PROMPT_COLUMNS + " FROM prompt WHERE id = ?")) {
                ps.setLong(1, promptId);
                return readPrompts(ps).stream().findFirst();
            }
        });
    }

    static List<Prompt> readPrompts(PreparedStatement ps) throws SQLException {
        List<Prompt> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String vars = rs.getString(7);
                String asserts = rs.getString(8);
                out.add(new Prompt(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Json.read(rs.getString(5), TURNS), rs.getString(6),
                        vars == null ? Map.of() : Json.read(vars, VARS),
                        asserts == null ? List.of() : Json.read(asserts, ASSERTIONS)));
            }
        }
        return out;
    }

    @Override
    public int count(long setId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM prompt WHERE set_id = ?")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public void delete(long setId) {
        store.inTransaction((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM prompt_set WHERE id = ?")) {
                ps.setLong(1, setId);
                return ps.executeUpdate();
            }
        });
    }
}
