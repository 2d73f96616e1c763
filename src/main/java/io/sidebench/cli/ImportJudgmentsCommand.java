package io.sidebench.cli;

import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.JudgmentImportService;
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

@Command(name = "import-judgments", mixinStandardHelpOptions = true,
        description = {"Import judge scores and judge votes about a run's answers (all of it, or nothing).",
            "Formats: mt-bench-single (FastChat model_judgment/*_single.jsonl: per-turn score, judge, judgment; "
                + "scorers judge:MODEL#tN, -1 kept without a value), mt-bench-pair (*_pair.jsonl: g1_winner, "
                + "g2_winner as two judge votes), arena (model_a, model_b, winner); detected unless --format is given."})
final class ImportJudgmentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the judgment file")
    Path file;

    @Option(names = "--run", paramLabel = "R", description = "the run judged: id or name (default: the latest run)")
    String run;

    @Option(names = "--format", paramLabel = "FORMAT", description = "mt-bench-single, mt-bench-pair or arena (default: detect)")
    String format;

    @Override
    public Integer call() {
        return importJudgments(spec, project, file, run, format, "judgments");
    }

    static int importJudgments(CommandSpec spec, String project, Path file, String runSpec, String format, String what) {
        JudgmentImportService.Format f;
        try {
            f = format == null ? null : JudgmentImportService.Format.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        try (ProjectStore store = ProjectStores.open(project)) {
            Run r = RunArgs.resolve(store, runSpec);
            JudgmentImportService.Result result = new JudgmentImportService().importFile(store, file, r, f);
            spec.commandLine().getOut().printf("Imported %s (%s) into %s: %d judge scores%s, %d votes%s%n", what,
                    result.format().cliName(), RunArgs.describe(r), result.scores(),
                    result.unrated() > 0 ? " (" + result.unrated() + " without a rating, left out of statistics)" : "",
                    result.votes(), result.skipped() > 0 ? " (" + result.skipped() + " games the judge marked as errors left out)" : "");
        } catch (ImportException e) {
            throw new CliException(e.getMessage(), e);
        } catch (AnswerImportException e) {
            throw AnswerImportErrors.report(e, spec.commandLine().getErr());
        }
        return 0;
    }
}
