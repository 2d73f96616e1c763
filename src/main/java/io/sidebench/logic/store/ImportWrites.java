package io.sidebench.logic.store;

import io.sidebench.logic.util.Json;
import io.sidebench.model.Prompt;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The few writes the answer import needs beyond the repositories: a model joins a run while the file streams
 * (the models of an imported run are known only as their answers arrive), and a prompt the file holds but the
 * set lacks is appended to the set. Both join the caller's transaction.
 */
public final class ImportWrites {
    private ImportWrites() {
    }

    /** Adds {@code modelId} as the run's next model (after those it has). */
    public static void attachModel(ProjectStore store, long runId, long modelId) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_model(run_id, model_id, position) "
                    + "VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM run_model WHERE run_id = ?))")) {
                ps.setLong(1, runId);
                ps.setLong(2, modelId);
                ps.setLong(3, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** Appends a prompt to a set; returns it with its id and ordinal. */
    public static Prompt appendPrompt(ProjectStore store, long setId, Prompt prompt) {
        return store.inTransaction(c -> {
            int ordinal;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(ordinal) + 1, 0) FROM prompt WHERE set_id = ?")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ordinal = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO prompt(set_id, ordinal, ext_key, system, "
                    + "category, turns_json, variables_json, assertions_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, setId);
                ps.setInt(2, ordinal);
                ps.setString(3, prompt.key() == null ? String.valueOf(ordinal + 1) : prompt.key());
                ps.setString(4, prompt.system());
                ps.setString(5, prompt.category());
                ps.setString(6, Json.write(prompt.turns()));
                ps.setString(7, prompt.variables().isEmpty() ? null : Json.write(prompt.variables()));
                ps.setString(8, prompt.assertions().isEmpty() ? null : Json.write(prompt.assertions()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return prompt.withId(rs.getLong(1)).withOrdinal(ordinal);
                }
            }
        });
    }
}
