package io.sidebench.logic.answers;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mark of a run whose answers were imported rather than requested by Sidebench: where they came from and
 * whether the speed figures are the file's. Kept in the project's key/value table (key {@code import.run.ID}), so
 * the mark needs no schema change; a run without it was measured by Sidebench.
 *
 * @param speedSource {@link #SPEED_NONE} (no speed figures: not measured by Sidebench) or {@link #SPEED_FILE}
 *                    (the figures are the file's, not measured by Sidebench)
 */
public record ImportedRun(long runId, String sourceFile, String format, String tool, Instant importedAt,
                          String speedSource) {
    public static final String SPEED_NONE = "none";
    public static final String SPEED_FILE = "file";
    private static final String KEY = "import.run.";

    public boolean speedFromFile() {
        return SPEED_FILE.equals(speedSource);
    }

    /** How a table or chart should label this run's speed figures. */
    public String speedLabel() {
        return speedFromFile() ? "speed figures from the imported file (" + (tool == null ? format : tool)
                + "), not measured by Sidebench" : "speed not measured by Sidebench (imported answers)";
    }

    /** "imported from FILE (FORMAT, TOOL) on DATE". */
    public String describe() {
        return "imported from " + sourceFile + " (" + format + (tool == null ? "" : ", " + tool) + ") on " + importedAt;
    }

    /** The mark of a run; a mark left by a deleted run whose id was reused is not this run's. */
    public static Optional<ImportedRun> find(ProjectStore store, long runId) {
        String created = store.runs().get(runId).map(r -> r.createdAt().toString()).orElse(null);
        return store.meta().get(KEY + runId).map(json -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = Json.read(json, Map.class);
            return m;
        }).filter(m -> created != null && created.equals(m.get("runCreatedAt"))).map(m -> {
            return new ImportedRun(runId, (String) m.get("sourceFile"), (String) m.get("format"), (String) m.get("tool"),
                    Instant.parse((String) m.get("importedAt")), (String) m.get("speedSource"));
        });
    }

    /** True when the run's completions were imported (so its speed figures were not measured by Sidebench). */
    public static boolean isImported(ProjectStore store, long runId) {
        return find(store, runId).isPresent();
    }

    void save(ProjectStore store) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runCreatedAt", store.runs().get(runId).orElseThrow().createdAt().toString());
        m.put("sourceFile", sourceFile);
        m.put("format", format);
        m.put("tool", tool);
        m.put("importedAt", importedAt.toString());
        m.put("speedSource", speedSource);
        store.meta().put(KEY + runId, Json.write(m));
    }
}
