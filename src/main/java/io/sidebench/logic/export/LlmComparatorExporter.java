package io.sidebench.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.results.VoteTally;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ModelConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's first two models side by side as an LLM Comparator JSON file: {@code metadata}, {@code models} and
 * one example per prompt both answered ({@code input_text}, {@code tags} = the category, {@code output_text_a},
 * {@code output_text_b}, {@code score} from the pairwise votes: 1.5 × (wins − losses of A) / votes, 0 without
 * votes; {@code custom_fields.prompt_id}). Streams: rows of one prompt arrive together.
 */
public final class LlmComparatorExporter implements Exporter {
    @Override
    public String format() {
        return "llm-comparator";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        List<ModelConfig> models = report.models();
        if (models.size() < 2) {
            throw new IllegalArgumentException("an LLM Comparator file compares two models; " + report.runLabel()
                    + " has " + models.size());
        }
        long a = models.get(0).id();
        long b = models.get(1).id();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("metadata");
            g.writeStringField("source_path", "Sidebench " + report.runLabel());
            g.writeArrayFieldStart("custom_fields_schema");
            g.writeObject(Map.of("name", "prompt_id", "type", "string"));
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("models");
            g.writeObject(Map.of("name", models.get(0).name()));
            g.writeObject(Map.of("name", models.get(1).name()));
            g.writeEndArray();
            g.writeArrayFieldStart("examples");
            long prompt = -1;
            Map<Long, ResultRow> current = new HashMap<>();
            for (ResultRow r : report.rows()) {
                if (r.promptId() != prompt) {
                    example(g, current, a, b);
                    current.clear();
                    prompt = r.promptId();
                }
                if (r.isOk() && r.repeat() == 0) {
                    current.put(r.modelId(), r);
                }
            }
            example(g, current, a, b);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void example(JsonGenerator g, Map<Long, ResultRow> rows, long a, long b) throws IOException {
        ResultRow ra = rows.get(a);
        ResultRow rb = rows.get(b);
        if (ra == null || rb == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("input_text", ra.prompt());
        g.writeObjectField("tags", ra.category() == null ? List.of() : List.of(ra.category()));
        g.writeStringField("output_text_a", ra.output());
        g.writeStringField("output_text_b", rb.output());
        VoteTally t = ra.judgeVotes().total() > 0 ? ra.judgeVotes() : ra.humanVotes();
        g.writeNumberField("score", t.total() == 0 ? 0.0 : 1.5 * (t.wins() - t.losses()) / t.total());
        g.writeArrayFieldStart("individual_rater_scores");
        g.writeEndArray();
        g.writeObjectField("custom_fields", Map.of("prompt_id", ra.promptKey()));
        g.writeEndObject();
    }
}
