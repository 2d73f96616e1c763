package io.sidebench.cli;

import io.sidebench.logic.store.ProjectCopy;
import io.sidebench.logic.store.ProjectLocation;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.store.TeamCredentials;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Copy a project file into a new team project on a PostgreSQL server, everything included "
                + "(prompts, models, runs, answers, scores, annotations, votes, cache), ids kept.",
            "The team project must not exist yet; if the copy fails, nothing is left behind."})
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file (.sidebench)")
    String from;

    @Parameters(index = "1", paramLabel = "URL", description = "the new team project: postgresql://host[:port]/db?project=NAME")
    String to;

    @Override
    public Integer call() {
        return copy(spec, from, to, "Published");
    }

    static int copy(CommandSpec spec, String from, String to, String verb) {
        ProjectLocation target = ProjectLocation.parse(to);
        try (ProjectStore source = ProjectStores.open(from)) {
            Map<String, Integer> counts = ProjectCopy.copyToNew(source, target, TeamCredentials.standard());
            spec.commandLine().getOut().printf("%s %s to %s: %d prompts, %d models, %d runs, %d answers, %d scores, "
                    + "%d annotations, %d votes%n", verb, source.location(), target, counts.get("prompt"),
                    counts.get("model"), counts.get("run"), counts.get("completion"), counts.get("score"),
                    counts.get("annotation"), counts.get("vote"));
        }
        return 0;
    }
}
