package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.model.Metrics;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * LLM Comparator's JSON: {@code models} (two names), {@code examples} with {@code input_text},
 * {@code output_text_a}, {@code output_text_b}, {@code tags} and {@code score} (positive: A is better, negative:
 * B, zero: a tie), which becomes a judge vote; {@code custom_fields.prompt_id}, when present, names the prompt.
 */
final class LlmComparatorImporter implements AnswerImporter {
    static final String VOTER = "judge:llm-comparator";

    @Override
    public AnswerFormat format() {
        return AnswerFormat.LLM_COMPARATOR;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        Fields f = new Fields(file.toString());
        List<SourceRecords.Item> examples = new ArrayList<>();
        String[] models = new String[2];
        long[] modelsLine = {0};
        SourceRecords.jsonRecords(file, options.maxChars(), List.of("examples"), examples::add, (name, value) -> {
            if (!name.equals("models")) {
                return;
            }
            modelsLine[0] = value.line();
            JsonNode list = value.value();
            if (!list.isArray() || list.size() != 2) {
                throw f.error(value.line(), "models must be a list of two models, found " + Fields.kind(list)
                        + (list.isArray() ? " of " + list.size() : ""));
            }
            for (int i = 0; i < 2; i++) {
                JsonNode m = list.get(i);
                models[i] = m.isTextual() ? m.textValue() : f.text(value.line(), m, "models[" + i + "].name", "name");
            }
        });
        if (models[0] == null) {
            throw f.error(1, "an LLM Comparator file needs models: [{\"name\": ...}, {\"name\": ...}]");
        }
        if (models[0].strip().equals(models[1].strip())) {
            throw f.error(modelsLine[0], "both models are named " + ImportProblems.quote(models[0]));
        }
        for (SourceRecords.Item item : examples) {
            long line = item.line();
            JsonNode e = f.object(line, item.value(), "each example");
            String input = f.text(line, e, "input_text", "input_text");
            JsonNode custom = e.get("custom_fields");
            String id = custom != null && custom.isObject() ? f.id(line, custom, "custom_fields.prompt_id", "prompt_id")
                    : null;
            String a = f.text(line, e, "output_text_a", "output_text_a");
            String b = f.text(line, e, "output_text_b", "output_text_b");
            sink.answer(new AnswerRecord(line, id, List.of(input), null, models[0], 0, List.of(a), Metrics.NONE, List.of()));
            sink.answer(new AnswerRecord(line, id, List.of(input), null, models[1], 0, List.of(b), Metrics.NONE, List.of()));
            Double score = f.number(line, e, "score", "score");
            if (score != null) {
                VoteOutcome outcome = score > 0 ? VoteOutcome.LEFT : score < 0 ? VoteOutcome.RIGHT : VoteOutcome.TIE;
                sink.pair(new PairRecord(line, id, id == null ? input : null, models[0], models[1], outcome, VOTER, true));
            }
        }
        if (examples.isEmpty()) {
            throw f.error(1, "no examples in the file");
        }
    }
}
