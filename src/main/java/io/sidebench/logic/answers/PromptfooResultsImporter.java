package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.logic.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON {@code promptfoo eval -o results.json} writes: {@code results.results} holds one entry per test case
 * and provider with {@code prompt.raw} (the rendered prompt, matched by text), {@code provider} (id and label),
 * {@code response.output}, {@code latencyMs}, {@code response.tokenUsage}, {@code cost} and
 * {@code gradingResult} (pass, score, reason), stored as the scores {@code promptfoo:pass} and
 * {@code promptfoo:score}. Results without output (the provider failed) are left out.
 */
final class PromptfooResultsImporter implements AnswerImporter {
    @Override
    public AnswerFormat format() {
        return AnswerFormat.PROMPTFOO;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        Fields f = new Fields(file.toString());
        SourceRecords.jsonRecords(file, options.maxChars(), List.of("results", "results"), item -> {
            long line = item.line();
            JsonNode r = f.object(line, item.value(), "each promptfoo result");
            JsonNode prompt = r.get("prompt");
            String raw = prompt == null ? null : prompt.isTextual() ? prompt.textValue()
                    : f.optText(line, prompt, "prompt.raw", "raw");
            if (raw == null) {
                throw f.error(line, "the result has no prompt.raw");
            }
            JsonNode provider = r.get("provider");
            String model = provider == null ? null : provider.isTextual() ? provider.textValue()
                    : firstNonBlank(f.optText(line, provider, "provider.label", "label"),
                    f.optText(line, provider, "provider.id", "id"));
            if (model == null) {
                throw f.error(line, "the result has no provider (label or id)");
            }
            JsonNode response = r.get("response");
            JsonNode output = response == null ? null : response.get("output");
            if (output == null || output.isNull()) {
                return;
            }
            String text = output.isTextual() ? output.textValue() : Json.write(output);
            JsonNode usage = response.get("tokenUsage");
            Double completion = usage == null ? null : f.number(line, usage, "tokenUsage.completion", "completion");
            Double latency = f.number(line, r, "latencyMs", "latencyMs");
            Double cost = f.number(line, r, "cost", "cost");
            if (cost == null) {
                cost = f.number(line, response, "response.cost", "cost");
            }
            List<AnswerRecord.ScoreValue> scores = new ArrayList<>();
            JsonNode grading = r.get("gradingResult");
            if (grading != null && grading.isObject()) {
                String reason = f.optText(line, grading, "gradingResult.reason", "reason");
                JsonNode pass = grading.get("pass");
                if (pass != null && !pass.isNull()) {
                    if (!pass.isBoolean()) {
                        throw f.error(line, "gradingResult.pass must be true/false, found " + Fields.kind(pass));
                    }
                    scores.add(new AnswerRecord.ScoreValue("promptfoo:pass", pass.booleanValue() ? 1.0 : 0.0, reason));
                }
                Double score = f.number(line, grading, "gradingResult.score", "score");
                if (score != null) {
                    scores.add(new AnswerRecord.ScoreValue("promptfoo:score", score, reason));
                }
            }
            sink.answer(new AnswerRecord(line, null, List.of(raw), null, model, 0, List.of(text),
                    LongAnswersImporter.metrics(latency, null, completion, cost), scores));
        }, null);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
