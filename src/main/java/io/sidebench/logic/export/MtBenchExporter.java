package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's answers as FastChat MT-Bench model answers ({@code model_answer/*.jsonl} lines): {@code question_id}
 * (the prompt's id), {@code answer_id}, {@code model_id}, {@code choices[0].turns} (every turn's answer) and
 * {@code tstamp}. Failed completions and repeats after the first are left out.
 */
public final class MtBenchExporter implements Exporter {
    private final TurnAnswers turns;

    /** @param turns every turn's answer of a completion; {@code null} writes the last turn's answer only */
    public MtBenchExporter(TurnAnswers turns) {
        this.turns = turns;
    }

    @Override
    public String format() {
        return "mt-bench";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        double tstamp = report.generatedAt() == null ? 0 : report.generatedAt().toEpochMilli() / 1000.0;
        for (ResultRow r : report.rows()) {
            if (!r.isOk() || r.repeat() != 0) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("question_id", questionId(r.promptKey()));
            o.put("answer_id", "sidebench-" + r.completionId());
            o.put("model_id", r.model());
            List<String> answers = turns == null ? List.of(r.output()) : turns.of(r.completionId());
            o.put("choices", List.of(Map.of("index", 0, "turns", answers)));
            o.put("tstamp", tstamp);
            out.write(Json.write(o).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    /** MT-Bench question ids are numbers: keep a numeric key a number. */
    static Object questionId(String key) {
        if (key != null && key.matches("-?\\d{1,18}")) {
            return Long.parseLong(key);
        }
        return key;
    }
}
