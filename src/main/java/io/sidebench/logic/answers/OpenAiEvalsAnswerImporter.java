package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.model.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Precomputed samples in the OpenAI Evals style, one JSON line each: {@code input} as text or chat messages,
 * the model's {@code output} (or {@code completion}, {@code sampled}), {@code ideal} as the reference and the
 * {@code model}, else the file's name. In a conversation, the assistant messages of the input are the answers
 * to the earlier turns and the output answers the last.
 */
final class OpenAiEvalsAnswerImporter implements AnswerImporter {
    @Override
    public AnswerFormat format() {
        return AnswerFormat.OPENAI_EVALS;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        Fields f = new Fields(file.toString());
        String fileName = file.getFileName() == null ? "model" : file.getFileName().toString();
        String defaultModel = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        SourceRecords.jsonRecords(file, options.maxChars(), null, item -> {
            long line = item.line();
            JsonNode r = f.object(line, item.value(), "each sample");
            JsonNode input = r.get("input");
            if (input == null || input.isNull()) {
                throw f.error(line, "the sample has no input");
            }
            List<String> users = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            if (input.isTextual()) {
                users.add(input.textValue());
            } else if (input.isArray()) {
                for (JsonNode m : input) {
                    f.object(line, m, "each input message");
                    String role = f.text(line, m, "message role", "role");
                    String content = f.text(line, m, "message content", "content");
                    if (role.equals("user")) {
                        users.add(content);
                    } else if (role.equals("assistant")) {
                        answers.add(content);
                    } else if (!role.equals("system")) {
                        throw f.error(line, "unknown message role " + ImportProblems.quote(role));
                    }
                }
                if (users.isEmpty()) {
                    throw f.error(line, "the input has no user message");
                }
            } else {
                throw f.error(line, "input must be text or a list of chat messages, found " + Fields.kind(input));
            }
            JsonNode output = Fields.first(r, "output", "completion", "sampled");
            if (output == null) {
                throw f.error(line, "the sample has no output (output, completion or sampled)");
            }
            List<String> out = f.texts(line, output, "output");
            answers.add(out.get(0));
            JsonNode ideal = r.get("ideal");
            String reference = ideal == null || ideal.isNull() ? null : ideal.isArray() && !ideal.isEmpty()
                    ? f.text(line, ideal.get(0), "ideal") : f.text(line, ideal, "ideal");
            String model = f.optText(line, r, "model", "model");
            sink.answer(new AnswerRecord(line, f.id(line, r, "id", "id", "sample_id"), users, reference,
                    model == null ? defaultModel : model, 0, answers, Metrics.NONE, List.of()));
        }, null);
    }
}
