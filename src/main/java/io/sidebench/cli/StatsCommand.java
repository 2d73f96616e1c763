package io.sidebench.cli;

import io.sidebench.logic.stats.Bootstrap;
import io.sidebench.logic.stats.BradleyTerry;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.stats.StatsReport;
import io.sidebench.logic.stats.StatsService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print a run's leaderboard and statistics: mean, median and bootstrap confidence "
                + "intervals per model (and category) for every score and speed metric, win/tie/loss matrices "
                + "and Bradley-Terry ratings from human and judge votes (kept apart), paired bootstrap tests "
                + "and inter-annotator agreement."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--run", paramLabel = "R", description = "the run's id or name (default: the latest run)")
    String run;

    @Option(names = "--metric", paramLabel = "M",
            description = "rank by this score or speed metric (default: a judge score, else embedding, rougeL, ...)")
    String metric;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20240607",
            description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "confidence level (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--categories", description = "also print every metric per prompt category")
    boolean categories;

    @Option(names = "--json", description = "print everything as JSON")
    boolean json;

    @Override
    public Integer call() {
        RunDataset data;
        java.util.Optional<io.sidebench.logic.answers.ImportedRun> imported;
        try (ProjectStore store = ProjectStore.open(project)) {
            data = RunDataset.load(store, RunArgs.resolve(store, run).id());
            imported = io.sidebench.logic.answers.ImportedRun.find(store, data.run().id());
        }
        StatsService service = new StatsService(new Bootstrap(seed, resamples, level),
                new BradleyTerry(BradleyTerry.DEFAULT_PRIOR));
        StatsReport report = service.compute(data, metric);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(report));
        } else {
            // imported answers: their speed figures (if any) are the file's, never Sidebench's measurements
            imported.ifPresent(i -> out.printf("Imported run: %s; %s.%n", i.describe(), i.speedLabel()));
            new StatsPrinter(out, categories).print(report);
        }
        return 0;
    }

}
