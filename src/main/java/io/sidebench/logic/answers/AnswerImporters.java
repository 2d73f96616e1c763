package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.logic.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The answer importers by format, and the detection that picks one for a file (overridden by --format). */
public final class AnswerImporters {
    private final Map<AnswerFormat, AnswerImporter> byFormat = new EnumMap<>(AnswerFormat.class);

    public AnswerImporters(List<AnswerImporter> importers) {
        importers.forEach(i -> byFormat.put(i.format(), i));
    }

    public static AnswerImporters standard() {
        return new AnswerImporters(List.of(new WideTableImporter(), new LongAnswersImporter(),
                new MtBenchAnswerImporter(), new PromptfooResultsImporter(), new LlmComparatorImporter(),
                new OpenAiEvalsAnswerImporter()));
    }

    public AnswerImporter get(AnswerFormat format) {
        AnswerImporter i = byFormat.get(format);
        if (i == null) {
            throw new IllegalArgumentException("no importer for " + format);
        }
        return i;
    }

    /**
     * Tables with a model or an answer column are long, other tables wide; JSON is recognised by its first record's fields
     * (model_id and choices: MT-Bench; examples and models: LLM Comparator; results: promptfoo; input and
     * output without a model: OpenAI Evals; else long records).
     */
    public AnswerFormat detect(Path file, AnswerOptions options) throws ImportException {
        ImportFormat container = SourceRecords.container(file);
        switch (container) {
            case CSV, TSV, XLSX -> {
                SourceRecords.Row first = SourceRecords.firstRow(file, container, options.maxChars());
                return first != null && (new Header(first.line(), first.cells()).find(Header.MODEL) >= 0
                        || new Header(first.line(), first.cells()).find(Header.ANSWER) >= 0)
                        ? AnswerFormat.LONG : AnswerFormat.WIDE;
            }
            case JSONL, JSON -> {
                return detectJson(file, container);
            }
            default -> throw ImportException.at(file.toString(), 1, "answers are read from CSV, TSV, XLSX, JSON lines "
                    + "or JSON, not " + container.cliName() + "; use --format with one of " + AnswerFormat.names());
        }
    }

    private static AnswerFormat detectJson(Path file, ImportFormat container) throws ImportException {
        String head = new String(SourceRecords.head(file, 64 * 1024), StandardCharsets.UTF_8);
        String first = container == ImportFormat.JSONL ? head.lines().filter(l -> !l.isBlank()).findFirst().orElse("")
                : null;
        if (first != null) {
            try {
                JsonNode r = Json.mapper().readTree(first);
                return shape(r);
            } catch (Exception e) {
                return AnswerFormat.LONG;
            }
        }
        if (head.contains("\"output_text_a\"") || head.contains("\"examples\"") && head.contains("\"models\"")) {
            return AnswerFormat.LLM_COMPARATOR;
        }
        if (head.contains("\"results\"") && (head.contains("\"evalId\"") || head.contains("\"provider\"")
                || head.contains("\"prompts\""))) {
            return AnswerFormat.PROMPTFOO;
        }
        if (head.contains("\"model_id\"") && head.contains("\"choices\"")) {
            return AnswerFormat.MT_BENCH;
        }
        return head.contains("\"input\"") && !head.contains("\"model\"") ? AnswerFormat.OPENAI_EVALS : AnswerFormat.LONG;
    }

    private static AnswerFormat shape(JsonNode r) {
        if (r.has("model_id") && r.has("choices")) {
            return AnswerFormat.MT_BENCH;
        }
        if (r.has("input") && (r.has("output") || r.has("completion") || r.has("sampled") || r.has("ideal"))
                && !r.has("model")) {
            return AnswerFormat.OPENAI_EVALS;
        }
        return AnswerFormat.LONG;
    }
}
