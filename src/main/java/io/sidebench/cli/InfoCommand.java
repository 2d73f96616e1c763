package io.sidebench.cli;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Show a project's schema version and counts.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Map<String, Object> info = new LinkedHashMap<>();
        UpgradeProgressPrinter upgrade = new UpgradeProgressPrinter(spec.commandLine().getErr());
        try (ProjectStore store = ProjectStores.open(project, upgrade)) {
            info.put("file", store.location().display());
            info.put("title", store.meta().title());
            info.put("schemaVersion", store.schemaVersion());
            info.put("promptSets", store.promptSets().list().size());
            info.put("prompts", store.promptSets().list().stream().mapToInt(s -> s.promptCount()).sum());
            info.put("models", store.models().list().size());
            info.put("runs", store.runs().list().size());
            info.put("completions", store.completions().count());
            info.put("annotations", store.annotations().count());
            info.put("votes", store.votes().count());
            info.put("scores", store.scores().count());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(info));
        } else {
            info.forEach((k, v) -> out.printf("%-14s %s%n", k, v));
        }
        return 0;
    }
}
