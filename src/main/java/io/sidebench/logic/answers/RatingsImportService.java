package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.ScaleType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Human ratings from a spreadsheet (CSV, TSV or XLSX) as annotations of a run's answers: prompt id (or prompt
 * text), model, annotator, one column per rubric dimension of the project, and optionally tags (separated by
 * ';' or ',') and a comment. A value outside its dimension's scale, or a column that is no rubric dimension, is an
 * error naming its cell; any problem and nothing is written.
 */
public final class RatingsImportService {
    /** What an import wrote. */
    public record Result(long runId, long annotations, List<String> dimensions) {
    }

    public Result importFile(ProjectStore store, Path file, Run run) throws ImportException, AnswerImportException {
        SourceRecords.checkReadable(file);
        ImportFormat container = SourceRecords.container(file);
        if (container != ImportFormat.CSV && container != ImportFormat.TSV && container != ImportFormat.XLSX) {
            throw ImportException.at(file.toString(), 1, "ratings are read from a CSV, TSV or XLSX sheet, not "
                    + container.cliName());
        }
        Map<String, RubricDimension> rubric = new LinkedHashMap<>();
        store.meta().objectives().rubric().forEach(d -> rubric.put(d.name(), d));
        try {
            return store.inTransaction(c -> {
                try {
                    ImportProblems problems = new ImportProblems(file.toString());
                    Sheet sheet = new Sheet(store, run, file.toString(), rubric, problems);
                    SourceRecords.rows(file, container, ImportOptions.DEFAULT_MAX_LINE_CHARS, sheet::row);
                    if (sheet.header == null) {
                        throw ImportException.at(file.toString(), 1, "the file is empty: expected a header row such as "
                                + "prompt_id, model, annotator, " + String.join(", ", rubric.keySet()));
                    }
                    if (sheet.count == 0 && !problems.any()) {
                        problems.add(sheet.header.line + 1, "no ratings: the sheet has a header row but no data rows");
                    }
                    problems.throwIfAny();
                    return new Result(run.id(), sheet.count, sheet.dimensions.stream().map(RubricDimension::name).toList());
                } catch (ImportException | AnswerImportException e) {
                    throw new Abort(e);
                }
            });
        } catch (Abort a) {
            if (a.failure instanceof ImportException ie) {
                throw ie;
            }
            throw (AnswerImportException) a.failure;
        }
    }

    private static final class Sheet {
        final ProjectStore store;
        final String file;
        final Map<String, RubricDimension> rubric;
        final ImportProblems problems;
        final RunCells cells;
        final Map<String, Long> seen = new HashMap<>();
        final List<RubricDimension> dimensions = new ArrayList<>();
        final List<Integer> dimensionCols = new ArrayList<>();
        final Instant now = Instant.now();
        Header header;
        int id;
        int prompt;
        int model;
        int annotator;
        int tags;
        int comment;
        long count;

        Sheet(ProjectStore store, Run run, String file, Map<String, RubricDimension> rubric, ImportProblems problems) {
            this.store = store;
            this.file = file;
            this.rubric = rubric;
            this.problems = problems;
            this.cells = new RunCells(store, run);
        }

        void row(SourceRecords.Row row) throws ImportException {
            if (header == null) {
                header(row);
                return;
            }
            List<String> c = row.cells();
            long line = row.line();
            String who = Header.cell(c, annotator);
            if (who == null) {
                problems.add(new ImportException(file, line, annotator + 1, "no annotator"));
                return;
            }
            String p = Header.cell(c, prompt);
            RunCells.Found found = cells.find(Header.cell(c, id), p == null ? List.of() : List.of(p), Header.cell(c, model));
            if (found.cell() == null) {
                problems.add(line, found.problem());
                return;
            }
            Map<String, Double> ratings = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                RubricDimension d = dimensions.get(i);
                int col = dimensionCols.get(i);
                String v = Header.cell(c, col);
                if (v == null) {
                    continue;
                }
                Double value = value(d, v.strip());
                if (value == null || !d.accepts(value)) {
                    problems.add(new ImportException(file, line, col + 1, ImportProblems.quote(v) + " is outside "
                            + d.name() + "'s scale " + (d.scale() == ScaleType.PASS_FAIL ? "pass/fail (1/0)"
                            : d.min() + "-" + d.max() + " (whole numbers)")));
                    return;
                }
                ratings.put(d.name(), value);
            }
            String tagText = Header.cell(c, tags);
            List<String> tagList = tagText == null ? List.of() : Arrays.stream(tagText.split("[;,]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            String commentText = Header.cell(c, comment);
            if (ratings.isEmpty() && tagList.isEmpty() && commentText == null) {
                problems.add(line, "the row rates nothing (no rating, tag or comment)");
                return;
            }
            long completionId = found.cell().completion().id();
            Long first = seen.putIfAbsent(completionId + "\u0000" + who.strip(), line);
            if (first != null) {
                problems.add(line, "duplicate rating by " + ImportProblems.quote(who) + " of the same answer (first at line "
                        + first + ")");
                return;
            }
            count++;
            if (!problems.any()) {
                store.annotations().save(new Annotation(completionId, who.strip(), ratings, tagList, commentText, now));
            }
        }

        private static Double value(RubricDimension d, String v) {
            if (d.scale() == ScaleType.PASS_FAIL) {
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "pass", "yes", "true", "1" -> {
                        return 1.0;
                    }
                    case "fail", "no", "false", "0" -> {
                        return 0.0;
                    }
                    default -> {
                        return null;
                    }
                }
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private void header(SourceRecords.Row row) throws ImportException {
            header = new Header(row.line(), row.cells());
            id = header.find(Header.ID);
            prompt = header.find(Header.PROMPT);
            if (id < 0 && prompt < 0) {
                throw new ImportException(file, row.line(), 0, "no prompt id or prompt column; the header has "
                        + String.join(", ", header.names()));
            }
            model = header.require(file, "model", Header.MODEL);
            annotator = header.require(file, "annotator", "annotator", "rater", "reviewer");
            tags = header.find("tags", "tag");
            comment = header.find("comment", "comments", "note", "notes");
            List<Integer> known = List.of(id, prompt, model, annotator, tags, comment);
            for (int i = 0; i < header.names().size(); i++) {
                String n = header.names().get(i);
                if (known.contains(i) || n.isBlank()) {
                    continue;
                }
                RubricDimension d = rubric.get(n);
                if (d == null) {
                    d = rubric.values().stream().filter(x -> x.name().equalsIgnoreCase(n)).findFirst().orElse(null);
                }
                if (d == null) {
                    throw new ImportException(file, row.line(), i + 1, "column " + ImportProblems.quote(n)
                            + " is not a rubric dimension of the project (rubric: " + (rubric.isEmpty() ? "none; define it "
                            + "under Objectives" : String.join(", ", rubric.keySet())) + ")");
                }
                dimensions.add(d);
                dimensionCols.add(i);
            }
        }
    }
}
