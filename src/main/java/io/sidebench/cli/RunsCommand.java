package io.sidebench.cli;

import io.sidebench.logic.run.RunSummaries;
import io.sidebench.logic.run.SpeedMeasurement;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List a project's runs, newest first, with per-model medians (TTFT, TPOT, tokens/s, e2e), "
            + "errors, attempts and retries."})
final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new ArrayList<>();
        try (ProjectStore store = ProjectStores.open(project)) {
            List<Run> runs = store.runs().list();
            if (runs.isEmpty() && !json) {
                out.println("No runs yet (start one with: sidebench run " + CliProjects.shown(project) + " --set NAME --models a,b)");
                return 0;
            }
            for (Run run : runs) {
                String setName = store.promptSets().get(run.promptSetId()).map(PromptSet::name).orElse("?");
                int prompts = store.promptSets().count(run.promptSetId());
                int done = store.completions().countForRun(run.id());
                List<RunSummaries.ModelSummary> models = RunTables.summaries(store, run);
                if (json) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", run.id());
                    entry.put("name", run.name());
                    entry.put("notes", run.notes());
                    entry.put("set", setName);
                    entry.put("status", run.status().name().toLowerCase());
                    entry.put("createdAt", run.createdAt().toString());
                    entry.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
                    entry.put("repeats", run.repeats());
                    entry.put("seed", run.seed());
                    entry.put("cells", run.cellCount(prompts));
                    entry.put("completions", done);
                    entry.put("models", models);
                    io.sidebench.logic.answers.ImportedRun.find(store, run.id()).ifPresent(i -> entry.put("imported", i));
                    entry.put("speeds", SpeedMeasurement.read(store, run).map(SpeedMeasurement::describe).orElse(null));
                    all.add(entry);
                } else {
                    out.printf("Run %d%s: set '%s', %s, %d/%d cells, seed %d, created %s%n", run.id(),
                            run.name() == null ? "" : " \"" + run.name() + "\"", setName,
                            run.status().name().toLowerCase(), done, run.cellCount(prompts), run.seed(),
                            run.createdAt());
                    if (run.notes() != null) {
                        out.println("  notes: " + run.notes().replace("\n", "\n         "));
                    }
                    var imported = io.sidebench.logic.answers.ImportedRun.find(store, run.id());
                    imported.ifPresent(i -> out.printf("  %s; %s%n", i.describe(), i.speedLabel()));
                    if (imported.isEmpty()) {
                        out.println("  speeds: " + SpeedMeasurement.describe(store, run));
                    }
                    RunTables.print(out, models, "  ");
                }
            }
        }
        if (json) {
            out.println(Json.pretty(all));
        }
        out.flush();
        return 0;
    }
}
