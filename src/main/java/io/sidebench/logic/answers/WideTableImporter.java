package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.model.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A wide table (CSV, TSV, XLSX): one row per prompt, one column per model's answer, e.g.
 * {@code prompt, reference, gpt-4o, deepseek-v3}. The model columns are the ones named with --model-columns,
 * else every column that is not the prompt, id, reference, category or system. An empty cell is a prompt that
 * model did not answer.
 */
final class WideTableImporter implements AnswerImporter {
    @Override
    public AnswerFormat format() {
        return AnswerFormat.WIDE;
    }

    @Override
    public void read(Path file, AnswerOptions options, AnswerSink sink) throws ImportException {
        String name = file.toString();
        ImportFormat container = SourceRecords.container(file);
        Header[] header = {null};
        int[] fixed = new int[3];
        List<Integer> modelCols = new ArrayList<>();
        SourceRecords.rows(file, container, options.maxChars(), row -> {
            if (header[0] == null) {
                Header h = new Header(row.line(), row.cells());
                header[0] = h;
                AnswerColumns chosen = options.columns();
                fixed[0] = h.find(name, chosen, AnswerField.ID);
                fixed[1] = h.find(name, chosen, AnswerField.PROMPT);
                fixed[2] = h.find(name, chosen, AnswerField.REFERENCE);
                if (fixed[0] < 0 && fixed[1] < 0) {
                    throw new ImportException(name, row.line(), 0, "no prompt id or prompt column; the header has "
                            + String.join(", ", h.names()));
                }
                modelColumns(name, h, options.modelColumns(), chosen, modelCols);
                return;
            }
            List<String> c = row.cells();
            String prompt = Header.cell(c, fixed[1]);
            for (int col : modelCols) {
                String answer = Header.cell(c, col);
                if (answer == null) {
                    continue;
                }
                sink.answer(new AnswerRecord(row.line(), Header.cell(c, fixed[0]),
                        prompt == null ? List.of() : List.of(prompt), Header.cell(c, fixed[2]),
                        header[0].names().get(col), 0, List.of(answer), Metrics.NONE, List.of()));
            }
        });
        if (header[0] == null) {
            throw ImportException.at(name, 1, "the file is empty: expected a header row such as prompt, model-a, model-b");
        }
    }

    private static void modelColumns(String name, Header h, List<String> wanted, AnswerColumns columns,
                                     List<Integer> out)
            throws ImportException {
        if (!wanted.isEmpty()) {
            for (String w : wanted) {
                int i = h.names().indexOf(w.strip());
                if (i < 0) {
                    throw new ImportException(name, h.line, 0, "no column named " + ImportProblems.quote(w)
                            + " for --model-columns; the header has " + String.join(", ", h.names()));
                }
                out.add(i);
            }
            return;
        }
        for (String column : columns.wideModelColumns(h.names())) {
            out.add(h.names().indexOf(column));
        }
        if (out.isEmpty()) {
            throw new ImportException(name, h.line, 0, "no model columns: the header has only "
                    + String.join(", ", h.names()));
        }
    }
}
