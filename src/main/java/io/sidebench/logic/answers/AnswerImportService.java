package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Imports a file of answers other tools produced as a new run of a prompt set, in one transaction: answers are
 * matched to prompts by id, else by whitespace-normalised text; unmatched records, duplicates and models with
 * answers for some turns only are listed as {@code file:line: reason} and nothing is written, unless missing
 * prompts are to be added. The run is marked as imported ({@link ImportedRun}).
 */
public final class AnswerImportService {
    /** What an import wrote. */
    public record Result(long runId, String runName, String setName, AnswerFormat format, String tool, long answers,
                         int models, int promptsAdded, int votes, boolean speedFromFile, List<String> modelsAdded,
                         List<String> modelsFound) {
        public Result {
            modelsAdded = List.copyOf(modelsAdded);
            modelsFound = List.copyOf(modelsFound);
        }
    }

    static final int PROGRESS_EVERY = 500;
    private final AnswerImporters importers;

    public AnswerImportService(AnswerImporters importers) {
        this.importers = importers;
    }

    public Result importFile(ProjectStore store, Path file, AnswerOptions options)
            throws ImportException, AnswerImportException {
        return importFile(store, file, options, n -> { });
    }

    /**
     * As {@link #importFile(ProjectStore, Path, AnswerOptions)}, telling {@code progress} how many answers have been
     * read so far (every {@value #PROGRESS_EVERY} answers and at the end), from the importing thread.
     */
    public Result importFile(ProjectStore store, Path file, AnswerOptions options, LongConsumer progress)
            throws ImportException, AnswerImportException {
        SourceRecords.checkReadable(file);
        AnswerFormat format = options.format() != null ? options.format() : importers.detect(file, options);
        AnswerImporter importer = importers.get(format);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String runName = options.runName() == null || options.runName().isBlank() ? "imported " + fileName
                : options.runName().strip();
        try {
            return store.inTransaction(c -> {
                try {
                    PromptSet set = promptSet(store, file, options, format);
                    Instant now = Instant.now();
                    Run run = store.runs().create(new Run(0, runName, set.id(), List.of(), 1, 0, RunStatus.FINISHED,
                            now, now));
                    ImportProblems problems = new ImportProblems(file.toString());
                    AnswerWriter writer = new AnswerWriter(store, set.id(), run.id(),
                            new PromptIndex(store.promptSets().prompts(set.id())), options.addMissingPrompts(), problems);
                    importer.read(file, options, counting(writer, progress));
                    writer.finish();
                    progress.accept(writer.answers());
                    problems.throwIfAny();
                    new ImportedRun(run.id(), fileName, format.cliName(), format.tool(), now,
                            writer.speedFromFile() ? ImportedRun.SPEED_FILE : ImportedRun.SPEED_NONE).save(store);
                    return new Result(run.id(), runName, set.name(), format, format.tool(), writer.answers(),
                            writer.models(), writer.promptsAdded(), writer.pairs(), writer.speedFromFile(),
                            writer.modelsAdded(), writer.modelsFound());
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

    private static AnswerSink counting(AnswerWriter writer, LongConsumer progress) {
        return new AnswerSink() {
            private long told;

            @Override
            public void answer(AnswerRecord record) throws ImportException {
                writer.answer(record);
                if (writer.answers() - told >= PROGRESS_EVERY) {
                    told = writer.answers();
                    progress.accept(told);
                }
            }

            @Override
            public void pair(PairRecord pair) throws ImportException {
                writer.pair(pair);
            }
        };
    }

    /**
     * Everything {@link #importFile} would do, checked on the whole file and then rolled back: what it would
     * write, or the problems that refuse it. Nothing is written either way.
     */
    public Result check(ProjectStore store, Path file, AnswerOptions options)
            throws ImportException, AnswerImportException {
        return DryRun.check(store, () -> importFile(store, file, options));
    }

    /** The format {@link #importFile} would read the file as. */
    public AnswerFormat resolve(Path file, AnswerOptions options) throws ImportException {
        SourceRecords.checkReadable(file);
        return options.format() != null ? options.format() : importers.detect(file, options);
    }

    /**
     * The first {@code limit} records of the file as the importer reads them (before matching to prompts), for a
     * preview; a problem in those records is thrown as it would be by the import.
     */
    public List<AnswerRecord> firstRecords(Path file, AnswerOptions options, int limit) throws ImportException {
        AnswerImporter importer = importers.get(resolve(file, options));
        List<AnswerRecord> out = new java.util.ArrayList<>();
        try {
            importer.read(file, options, new AnswerSink() {
                @Override
                public void answer(AnswerRecord record) {
                    out.add(record);
                    if (out.size() >= limit) {
                        throw new DryRun.Enough();
                    }
                }
            });
        } catch (DryRun.Enough enough) {
            // the preview has its rows
        }
        return out;
    }

    /**
     * The columns of a table, or the field names of the first records of a JSON file, for a column editor; empty
     * for formats of a fixed shape.
     */
    public List<String> columns(Path file, AnswerFormat format) throws ImportException {
        if (format != AnswerFormat.WIDE && format != AnswerFormat.LONG) {
            return List.of();
        }
        ImportFormat container = SourceRecords.container(file);
        if (container == ImportFormat.CSV || container == ImportFormat.TSV || container == ImportFormat.XLSX) {
            SourceRecords.Row first = SourceRecords.firstRow(file, container, ImportOptions.DEFAULT_MAX_LINE_CHARS);
            return first == null ? List.of() : new Header(first.line(), first.cells()).names().stream()
                    .filter(n -> !n.isBlank()).toList();
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        int[] seen = {0};
        try {
            SourceRecords.jsonRecords(file, ImportOptions.DEFAULT_MAX_LINE_CHARS, List.of("answers"), item -> {
                if (item.value().isObject()) {
                    item.value().fieldNames().forEachRemaining(names::add);
                }
                if (++seen[0] >= 20) {
                    throw new DryRun.Enough();
                }
            }, null);
        } catch (DryRun.Enough enough) {
            // enough records looked at
        }
        return List.copyOf(names);
    }

    private static PromptSet promptSet(ProjectStore store, Path file, AnswerOptions options, AnswerFormat format)
            throws ImportException {
        String name = file.toString();
        List<PromptSet> sets = store.promptSets().list();
        if (options.setName() != null && !options.setName().isBlank()) {
            String wanted = options.setName().strip();
            var found = store.promptSets().find(wanted);
            if (found.isPresent()) {
                return found.get();
            }
            if (options.addMissingPrompts()) {
                return newSet(store, wanted, file, format);
            }
            throw ImportException.ofFile(name, "the project has no prompt set named " + ImportProblems.quote(wanted)
                    + " (sets: " + names(sets) + ")", null);
        }
        if (sets.size() == 1) {
            return sets.get(0);
        }
        if (sets.isEmpty()) {
            if (options.addMissingPrompts()) {
                String base = file.getFileName() == null ? "answers" : file.getFileName().toString();
                int dot = base.lastIndexOf('.');
                return newSet(store, dot > 0 ? base.substring(0, dot) : base, file, format);
            }
            throw ImportException.ofFile(name, "the project has no prompt set: import the prompts first "
                    + "(sidebench import), or add them from this file with --add-missing-prompts", null);
        }
        throw ImportException.ofFile(name, "the project has several prompt sets; choose one with --set (" + names(sets)
                + ")", null);
    }

    private static PromptSet newSet(ProjectStore store, String setName, Path file, AnswerFormat format) {
        try {
            return store.promptSets().importSet(setName, file.getFileName() == null ? file.toString()
                    : file.getFileName().toString(), format.cliName() + " answers", sink -> { });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String names(List<PromptSet> sets) {
        return sets.isEmpty() ? "none" : sets.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
