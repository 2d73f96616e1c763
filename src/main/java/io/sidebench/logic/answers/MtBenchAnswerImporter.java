package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.model.Metrics;
import java.nio.file.Path;
import java.util.List;

/**
 * FastChat's MT-Bench answers, {@code model_answer/MODEL.jsonl}: one line per question with {@code question_id},
 * {@code model_id} and {@code choices[0].turns} (one answer per turn), matched by question id to a set imported
 * from MT-Bench's question.jsonl.
 */
final class MtBenchAnswerImporter implements AnswerImporter {
    @Override
    public AnswerFormat format() {
        return AnswerFormat.MT_BENCH;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        Fields f = new Fields(file.toString());
        SourceRecords.jsonRecords(file, options.maxChars(), null, item -> {
            long line = item.line();
            JsonNode r = f.object(line, item.value(), "each MT-Bench answer");
            String id = f.id(line, r, "question_id", "question_id");
            if (id == null) {
                throw f.error(line, "the record has no question_id");
            }
            String model = f.text(line, r, "model_id", "model_id");
            JsonNode choices = r.get("choices");
            if (choices == null || !choices.isArray() || choices.isEmpty()) {
                throw f.error(line, "choices must be a non-empty list, found " + (choices != null && choices.isArray()
                        ? "an empty list" : Fields.kind(choices)));
            }
            JsonNode turns = f.object(line, choices.get(0), "choices[0]").get("turns");
            if (turns == null || !turns.isArray()) {
                throw f.error(line, "choices[0].turns must be a list of answers, found " + Fields.kind(turns));
            }
            sink.answer(new AnswerRecord(line, id, List.of(), null, model, 0, f.texts(line, turns, "choices[0].turns"),
                    Metrics.NONE, List.of()));
        }, null);
    }
}
