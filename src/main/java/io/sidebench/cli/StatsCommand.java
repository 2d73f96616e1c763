package io.sidebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sidebench.logic.stats.Bootstrap;
import io.sidebench.logic.stats.BradleyTerry;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.MetricChoice;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.stats.StatsReport;
import io.sidebench.logic.stats.StatsService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import io.sidebench.model.RubricDimension;
import java.nio.file.Path;
import java.util.List;
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

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--run", paramLabel = "R", description = "the run's id or name (default: the latest run)")
    String run;

    @Option(names = "--metric", paramLabel = "M",
            description = {"rank by this metric: a score or speed metric, a rubric dimension (human:NAME), the "
                    + "weighted overall human score (human:overall) or Bradley-Terry ratings from votes (bt:human, "
                    + "bt:judge); default: a judge score, else embedding, rougeL, ...",
                "`stats` lists the metrics the run offers."})
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
        List<RubricDimension> rubric;
        java.util.Optional<io.sidebench.logic.answers.ImportedRun> imported;
        String speeds;
        try (ProjectStore store = ProjectStores.open(project)) {
            data = RunDataset.load(store, RunArgs.resolve(store, run).id());
            rubric = store.meta().objectives().rubric();
            imported = io.sidebench.logic.answers.ImportedRun.find(store, data.run().id());
            speeds = io.sidebench.logic.run.SpeedMeasurement.describe(store, data.run());
        }
        Bootstrap bootstrap = new Bootstrap(seed, resamples, level);
        StatsService service = new StatsService(bootstrap, new BradleyTerry(BradleyTerry.DEFAULT_PRIOR));
        JudgmentReport judgment = JudgmentReport.compute(data, rubric, bootstrap);
        StatsReport report;
        if (MetricChoice.isJudgmentMetric(metric)) {
            report = MetricChoice.rankedBy(metric, service.compute(data, null), judgment);
        } else {
            report = service.compute(data, metric);
        }
        List<String> metrics = MetricChoice.available(report, judgment);
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().valueToTree(report);
            node.set("judgment", Json.mapper().valueToTree(judgment));
            node.set("metrics", Json.mapper().valueToTree(metrics));
            node.put("speeds", imported.isPresent() ? imported.get().speedLabel() : speeds);
            out.println(Json.pretty(node));
        } else {
            // imported answers: their speed figures (if any) are the file's, never Sidebench's measurements
            imported.ifPresent(i -> out.printf("Imported run: %s; %s.%n", i.describe(), i.speedLabel()));
            if (imported.isEmpty()) {
                out.printf("Speeds: %s.%n", speeds);
            }
            new StatsPrinter(out, categories).print(report);
            new JudgmentPrinter(out, categories).print(judgment, metrics, data);
        }
        return 0;
    }

}
