package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.model.Metrics;
import java.nio.file.Path;
import java.util.List;

/**
 * One record per answer, in a table (CSV, TSV, XLSX with a header row) or in JSON lines / a JSON list: prompt id
 * or prompt text, model, answer, and optionally the turn it answers, the reference, and the figures the
 * producing tool measured (latency and TTFT in ms, output tokens, cost in USD). In JSON the prompt and the
 * answer may be lists of turns.
 */
final class LongAnswersImporter implements AnswerImporter {
    @Override
    public AnswerFormat format() {
        return AnswerFormat.LONG;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        ImportFormat container = SourceRecords.container(file);
        if (container == ImportFormat.JSONL || container == ImportFormat.JSON) {
            readJson(file, options, sink);
        } else {
            readTable(file, container, options, sink);
        }
    }

    private static void readTable(Path file, ImportFormat container, AnswerOptions options, AnswerSink sink)
            throws ImportException {
        String name = file.toString();
        Header[] header = {null};
        int[] cols = new int[10];
        SourceRecords.rows(file, container, options.maxChars(), row -> {
            if (header[0] == null) {
                Header h = new Header(row.line(), row.cells());
                header[0] = h;
                AnswerColumns chosen = options.columns();
                cols[0] = h.find(name, chosen, AnswerField.ID);
                cols[1] = h.find(name, chosen, AnswerField.PROMPT);
                if (cols[0] < 0 && cols[1] < 0) {
                    throw new ImportException(name, row.line(), 0, "no prompt id or prompt column; the header has "
                            + String.join(", ", h.names()));
                }
                cols[2] = h.require(name, chosen, AnswerField.MODEL);
                cols[3] = h.require(name, chosen, AnswerField.ANSWER);
                cols[4] = h.find(name, chosen, AnswerField.TURN);
                cols[5] = h.find(name, chosen, AnswerField.REFERENCE);
                cols[6] = h.find(name, chosen, AnswerField.LATENCY);
                cols[7] = h.find(name, chosen, AnswerField.TTFT);
                cols[8] = h.find(name, chosen, AnswerField.TOKENS);
                cols[9] = h.find(name, chosen, AnswerField.COST);
                return;
            }
            List<String> c = row.cells();
            long line = row.line();
            String prompt = Header.cell(c, cols[1]);
            String answer = c.size() > cols[3] ? c.get(cols[3]) : null;
            Double turn = Header.number(name, line, c, cols[4], "turn");
            if (turn != null && (turn != Math.rint(turn) || turn < 1)) {
                throw new ImportException(name, line, cols[4] + 1, "turn must be a whole number from 1, found " + turn);
            }
            Metrics metrics = metrics(Header.number(name, line, c, cols[6], "latency"),
                    Header.number(name, line, c, cols[7], "ttft"), Header.number(name, line, c, cols[8], "output tokens"),
                    Header.number(name, line, c, cols[9], "cost"));
            sink.answer(new AnswerRecord(line, Header.cell(c, cols[0]), prompt == null ? List.of() : List.of(prompt),
                    Header.cell(c, cols[5]), Header.cell(c, cols[2]), turn == null ? 0 : turn.intValue(),
                    answer == null || answer.isEmpty() ? List.of() : List.of(answer), metrics, List.of()));
        });
        if (header[0] == null) {
            throw ImportException.at(name, 1, "the file is empty: expected a header row such as prompt_id, model, answer");
        }
    }

    private static void readJson(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        Fields f = new Fields(file.toString());
        AnswerColumns c = options.columns();
        SourceRecords.jsonRecords(file, options.maxChars(), List.of("answers"), item -> {
            long line = item.line();
            JsonNode r = f.object(line, item.value(), "each answer record");
            String id = f.id(line, r, "prompt id", c.jsonNames(AnswerField.ID, Header.ID));
            JsonNode p = Fields.first(r, c.jsonNames(AnswerField.PROMPT, Header.PROMPT));
            List<String> prompt = p == null ? List.of() : f.texts(line, p, "prompt");
            JsonNode a = Fields.first(r, c.jsonNames(AnswerField.ANSWER, Header.ANSWER));
            if (a == null) {
                throw f.error(line, "the record has no answer (answer, output, response, completion)");
            }
            List<String> answers = f.texts(line, a, "answer");
            Double turn = f.number(line, r, "turn", c.jsonNames(AnswerField.TURN, Header.TURN));
            if (turn != null && (turn != Math.rint(turn) || turn < 1)) {
                throw f.error(line, "turn must be a whole number from 1, found " + turn);
            }
            Metrics metrics = metrics(f.number(line, r, "latency",
                            c.jsonNames(AnswerField.LATENCY, "latency_ms", "latencyMs", "e2e_ms", "latency")),
                    f.number(line, r, "ttft", c.jsonNames(AnswerField.TTFT, "ttft_ms", "ttftMs", "ttft")),
                    f.number(line, r, "output tokens", c.jsonNames(AnswerField.TOKENS, "output_tokens", "completion_tokens",
                            "outputTokens", "tokens")),
                    f.number(line, r, "cost", c.jsonNames(AnswerField.COST, "cost", "cost_usd")));
            sink.answer(new AnswerRecord(line, id, prompt, f.optText(line, r, "reference",
                    c.jsonNames(AnswerField.REFERENCE, Header.REFERENCE)),
                    f.text(line, r, "model", c.jsonNames(AnswerField.MODEL, Header.MODEL)),
                    turn == null ? 0 : turn.intValue(), answers, metrics, List.of()));
        }, null);
    }

    /** The figures a file carries; {@link Metrics#NONE} when it carries none. */
    static Metrics metrics(Double latencyMs, Double ttftMs, Double outputTokens, Double cost) {
        if (latencyMs == null && ttftMs == null && outputTokens == null && cost == null) {
            return Metrics.NONE;
        }
        Integer tokens = outputTokens == null ? null : (int) Math.round(outputTokens);
        Double perSecond = tokens != null && latencyMs != null && latencyMs > 0 ? tokens / (latencyMs / 1000.0) : null;
        Double tpot = tokens != null && tokens > 1 && latencyMs != null && ttftMs != null
                ? (latencyMs - ttftMs) / (tokens - 1) : null;
        return new Metrics(ttftMs, null, latencyMs, null, tokens, false, tpot, null, null, perSecond, null, cost);
    }
}
