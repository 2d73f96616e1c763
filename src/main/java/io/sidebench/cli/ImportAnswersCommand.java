package io.sidebench.cli;

import io.sidebench.logic.answers.AnswerFormat;
import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerImporters;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-answers", mixinStandardHelpOptions = true,
        description = {"Import answers other tools produced as a new run marked as imported (all of it, or nothing).",
            "Formats: wide (CSV/TSV/XLSX, a column per model), long (CSV/TSV/XLSX/JSONL/JSON, a record per answer), "
                + "mt-bench (FastChat model_answer), promptfoo (results.json), llm-comparator, openai-evals; "
                + "detected from the file unless --format is given. Answers match prompts by id, else by text."})
final class ImportAnswersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the answer file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "wide, long, mt-bench, promptfoo, llm-comparator "
            + "or openai-evals (default: detect)")
    String format;

    @Option(names = "--set", paramLabel = "NAME", description = "the prompt set answered (default: the project's only set)")
    String set;

    @Option(names = "--run", paramLabel = "NAME", description = "name of the new run (default: imported FILE)")
    String run;

    @Option(names = "--model-columns", paramLabel = "A,B", description = "wide tables: the columns holding models' answers")
    String modelColumns;

    @Option(names = "--add-missing-prompts", description = "add prompts the set lacks instead of refusing their answers")
    boolean addMissing;

    @Override
    public Integer call() {
        AnswerOptions options = AnswerOptions.defaults().withSet(set).withRun(run).withAddMissingPrompts(addMissing);
        try {
            if (format != null) {
                options = options.withFormat(AnswerFormat.fromName(format));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (modelColumns != null) {
            List<String> cols = Arrays.stream(modelColumns.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (cols.isEmpty()) {
                throw new CliException("--model-columns needs at least one column name");
            }
            options = options.withModelColumns(cols);
        }
        long start = System.nanoTime();
        try (ProjectStore store = ProjectStores.open(project)) {
            AnswerImportService.Result r = new AnswerImportService(AnswerImporters.standard()).importFile(store, file, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("Imported %d answers of %d model%s (%s%s) into run %d \"%s\" of set '%s'"
                            + "%s%s in %.1f s; %s%n", r.answers(), r.models(), r.models() == 1 ? "" : "s",
                    r.format().cliName(), r.tool() == null ? "" : ", " + r.tool(), r.runId(), r.runName(), r.setName(),
                    r.promptsAdded() > 0 ? ", " + r.promptsAdded() + " prompts added" : "",
                    r.votes() > 0 ? ", " + r.votes() + " judge votes" : "", seconds,
                    r.speedFromFile() ? "speed figures are the file's, not measured by Sidebench"
                            : "speed not measured by Sidebench");
        } catch (ImportException e) {
            throw new CliException(e.getMessage(), e);
        } catch (AnswerImportException e) {
            throw AnswerImportErrors.report(e, spec.commandLine().getErr());
        }
        return 0;
    }
}
