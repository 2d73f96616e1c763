package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerFormat;
import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.answers.ImportKind;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import screen shows of a file before anything is written, read on a worker thread: the format, the
 * columns, the first records, the models, and the check of the whole file (a summary of what would be written,
 * or the first problem and every problem kept).
 *
 * @param answers how many answers the check found (for the import's progress); 0 when unknown
 */
record AnswerPreview(AnswerFormat format, List<String> columns, List<AnswerPreviewRow> rows, List<String> models,
                     String summary, String error, List<String> problems, long answers) {

    static AnswerPreview answers(AnswerImportService service, ProjectStore store, Path file, AnswerOptions options,
                                 Messages messages, int limit) throws ImportException {
        AnswerFormat format = service.resolve(file, options);
        List<String> columns = List.of();
        try {
            columns = service.columns(file, format);
        } catch (ImportException e) {
            return failed(format, columns, List.of(), e);
        }
        List<AnswerPreviewRow> rows = new ArrayList<>();
        try {
            service.firstRecords(file, options, limit).forEach(r -> rows.add(AnswerPreviewRow.of(r, messages)));
        } catch (ImportException e) {
            return failed(format, columns, rows, e);
        }
        try {
            AnswerImportService.Result r = service.check(store, file, options);
            List<String> models = new ArrayList<>();
            r.modelsAdded().forEach(m -> models.add(messages.format("answers.model.new", m)));
            r.modelsFound().forEach(m -> models.add(messages.format("answers.model.found", m)));
            String speed = messages.get(r.speedFromFile() ? "answers.speedFile" : "answers.speedNone");
            String summary = messages.format("answers.will", r.answers(), r.models(), r.runName(), r.setName(), speed)
                    + (r.promptsAdded() > 0 ? " " + messages.format("answers.willAddPrompts", r.promptsAdded()) : "")
                    + (r.votes() > 0 ? " " + messages.format("answers.willVotes", r.votes()) : "");
            return new AnswerPreview(format, columns, rows, models, summary, null, List.of(), r.answers());
        } catch (ImportException | AnswerImportException e) {
            return failed(format, columns, rows, e);
        }
    }

    static AnswerPreview feedback(FeedbackImports imports, ImportKind kind, Path file, Run run, Messages messages) {
        if (run == null) {
            return new AnswerPreview(null, List.of(), List.of(), List.of(), null, messages.get("answers.feedback.noRun"),
                    List.of(), 0);
        }
        try {
            return new AnswerPreview(null, List.of(), List.of(), List.of(), imports.check(kind, file, run), null,
                    List.of(), 0);
        } catch (ImportException | AnswerImportException e) {
            return failed(null, List.of(), List.of(), e);
        }
    }

    private static AnswerPreview failed(AnswerFormat format, List<String> columns, List<AnswerPreviewRow> rows,
                                        Exception e) {
        List<String> problems = problemsOf(e);
        String error = e instanceof AnswerImportException a ? a.getMessage() : e.getMessage();
        return new AnswerPreview(format, columns, rows, List.of(), null, error, problems, 0);
    }

    /** Every problem of a refused import or check, {@code file:line: reason} each. */
    static List<String> problemsOf(Throwable e) {
        Throwable t = e;
        while (t instanceof java.util.concurrent.ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof AnswerImportException a) {
            List<String> out = new ArrayList<>();
            a.problems().forEach(p -> out.add(p.getMessage()));
            if (a.count() > a.problems().size()) {
                out.add("\u2026 +" + (a.count() - a.problems().size()));
            }
            return out;
        }
        return List.of(String.valueOf(t.getMessage()));
    }
}
