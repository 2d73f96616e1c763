package io.sidebench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-votes", mixinStandardHelpOptions = true,
        description = {"Import pairwise votes about a run's answers for win rates and Bradley-Terry (all, or nothing).",
            "Formats: arena (JSON, JSONL, CSV or XLSX with model_a, model_b, winner = model_a / model_b / tie / "
                + "tie (bothbad), and question_id or the prompt; human votes), mt-bench-pair (FastChat *_pair.jsonl; "
                + "judge votes); detected unless --format is given."})
final class ImportVotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the votes file")
    Path file;

    @Option(names = "--run", paramLabel = "R", description = "the run voted on: id or name (default: the latest run)")
    String run;

    @Option(names = "--format", paramLabel = "FORMAT", description = "arena or mt-bench-pair (default: detect)")
    String format;

    @Override
    public Integer call() {
        return ImportJudgmentsCommand.importJudgments(spec, project, file, run, format, "votes");
    }
}
