package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Turn;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Projects as Sidebench wrote them at schema version 1, for upgrade tests: the file is made by the version 1
 * script, and completions are written and read the way version 1's SqliteCompletionRepository did (chunk
 * timings as JSON in {@code chunks_json}, {@code turn_answers} always JSON).
 */
public final class V1Projects {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Chunk>> CHUNKS = new TypeReference<>() { };

    private V1Projects() {
    }

    /**
     * Writes a version 1 project with a run over {@code prompts} prompts (every fifth one has three turns) and
     * {@code models} models, and one varied completion per cell (see {@link VariedCompletions}); returns the
     * completions as version 1 reads them back, by id.
     */
    public static List<Completion> create(Path file, int prompts, int models, long seed) throws Exception {
        Random random = new Random(seed);
        try (ProjectStore store = SqliteProjectStore.create(file, "v1 project", 1)) {
            Run run = createRun(store, prompts, models);
            List<Completion> all = new ArrayList<>();
            for (Prompt p : store.promptSets().prompts(run.promptSetId())) {
                for (long modelId : run.modelIds()) {
                    all.add(VariedCompletions.next(random, new CellKey(run.id(), p.id(), modelId, 0),
                            p.turns().size(), false));
                }
            }
            return store.inTransaction(c -> {
                List<Completion> saved = new ArrayList<>();
                for (int from = 0; from < all.size(); from += 1000) {
                    saved.addAll(insert(c, all.subList(from, Math.min(all.size(), from + 1000))));
                }
                return saved;
            });
        }
    }

    /** A prompt set "qa" (every fifth prompt has three turns), models m0, m1, ..., and a run over them. */
    public static Run createRun(ProjectStore store, int prompts, int models) throws Exception {
        var set = store.promptSets().importSet("qa", "test", "test", sink -> {
            for (int i = 0; i < prompts; i++) {
                sink.add(i % 5 == 4
                        ? new Prompt(0, "q" + i, 0, null, List.of(Turn.of("first " + i), Turn.of("second " + i),
                        Turn.of("third " + i)), null, Map.of(), List.of())
                        : Prompt.single("q" + i, "question " + i, "answer " + i));
            }
        });
        List<Long> modelIds = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            modelIds.add(store.models().add(new ModelConfig(0, "m" + m, ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", "m" + m, null, null, ModelParams.DEFAULTS, null)).id());
        }
        // the run table as versions 1 and 2 had it (no notes), so not through today's repository
        Instant created = Instant.parse("2026-11-01T10:00:00Z");
        long runId = store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run(name, set_id, repeats, seed, status, "
                    + "created_at) VALUES ('r', ?, 1, 7, 'FINISHED', ?) RETURNING id")) {
                ps.setLong(1, set.id());
                ps.setString(2, created.toString());
                long id;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement rm = c.prepareStatement(
                        "INSERT INTO run_model(run_id, model_id, position) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < modelIds.size(); i++) {
                        rm.setLong(1, id);
                        rm.setLong(2, modelIds.get(i));
                        rm.setInt(3, i);
                        rm.executeUpdate();
                    }
                }
                return id;
            }
        });
        return new Run(runId, "r", set.id(), modelIds, 1, 7, RunStatus.FINISHED, created, null);
    }

    private static List<Completion> insert(Connection c, List<Completion> completions) throws SQLException {
        List<Completion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO completion(run_id, prompt_id, model_id, "
                + "repeat, status, text, turn_answers, reasoning, error, ttft_ms, ttfa_ms, e2e_ms, input_tokens, "
                + "output_tokens, tokens_estimated, tpot_ms, itl_p50_ms, itl_p95_ms, tokens_per_s, chars_per_s, "
                + "cost, cached, attempts, finished_at, chunks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (Completion k : completions) {
                Metrics m = k.metrics();
                int i = 1;
                ps.setLong(i++, k.cell().runId());
                ps.setLong(i++, k.cell().promptId());
                ps.setLong(i++, k.cell().modelId());
                ps.setInt(i++, k.cell().repeat());
                ps.setString(i++, k.status().name());
                ps.setString(i++, k.text());
                ps.setString(i++, Json.write(k.turnAnswers()));
                ps.setString(i++, k.reasoning());
                ps.setString(i++, k.error());
                for (Object v : new Object[] {m.ttftMs(), m.ttfaMs(), m.e2eMs(), m.inputTokens(), m.outputTokens(),
                    m.tokensEstimated() ? 1 : 0, m.tpotMs(), m.itlP50Ms(), m.itlP95Ms(), m.tokensPerSecond(),
                    m.charsPerSecond(), m.cost(), k.cached() ? 1 : 0, k.attempts()}) {
                    if (v == null) {
                        ps.setNull(i++, Types.NULL);
                    } else {
                        ps.setObject(i++, v);
                    }
                }
                ps.setString(i++, k.finishedAt().toString());
                ps.setString(i, k.chunks().isEmpty() ? null : Json.write(k.chunks()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.add(k.withId(rs.getLong(1)));
                }
            }
        }
        return out;
    }

    /** Every completion of a version 1 file, by id, read the way version 1 read them. */
    public static List<Completion> read(Connection c) throws SQLException {
        List<Completion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, run_id, prompt_id, model_id, repeat, status, "
                + "text, turn_answers, reasoning, error, ttft_ms, ttfa_ms, e2e_ms, input_tokens, output_tokens, "
                + "tokens_estimated, tpot_ms, itl_p50_ms, itl_p95_ms, tokens_per_s, chars_per_s, cost, cached, "
                + "attempts, finished_at, chunks_json FROM completion ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Metrics metrics = new Metrics(dbl(rs, 11), dbl(rs, 12), dbl(rs, 13), integer(rs, 14),
                        integer(rs, 15), rs.getInt(16) == 1, dbl(rs, 17), dbl(rs, 18), dbl(rs, 19), dbl(rs, 20),
                        dbl(rs, 21), dbl(rs, 22));
                String answers = rs.getString(8);
                String chunks = rs.getString(26);
                out.add(new Completion(rs.getLong(1), new CellKey(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5)), CompletionStatus.valueOf(rs.getString(6)), rs.getString(7),
                        answers == null ? List.of() : Json.read(answers, STRINGS), rs.getString(9), rs.getString(10),
                        metrics, chunks == null ? List.of() : Json.read(chunks, CHUNKS), rs.getInt(23) == 1,
                        rs.getInt(24), Instant.parse(rs.getString(25))));
            }
        }
        return out;
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
