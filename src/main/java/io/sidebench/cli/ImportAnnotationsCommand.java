package io.sidebench.cli;

import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.RatingsImportService;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.Run;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Import human ratings from a spreadsheet (CSV, TSV or XLSX) as annotations of a run's answers.",
            "Columns: prompt_id (or prompt), model, annotator, one per rubric dimension, tags, comment. A value outside "
                + "its dimension's scale is an error naming its cell; on any error nothing is written."})
final class ImportAnnotationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the ratings sheet")
    Path file;

    @Option(names = "--run", paramLabel = "R", description = "the run rated: id or name (default: the latest run)")
    String run;

    @Override
    public Integer call() {
        try (ProjectStore store = ProjectStores.open(project)) {
            Run r = RunArgs.resolve(store, run);
            RatingsImportService.Result result = new RatingsImportService().importFile(store, file, r);
            spec.commandLine().getOut().printf("Imported %d annotations (%s) into %s%n", result.annotations(),
                    result.dimensions().isEmpty() ? "tags and comments" : String.join(", ", result.dimensions()),
                    RunArgs.describe(r));
        } catch (ImportException e) {
            throw new CliException(e.getMessage(), e);
        } catch (AnswerImportException e) {
            throw AnswerImportErrors.report(e, spec.commandLine().getErr());
        }
        return 0;
    }
}
