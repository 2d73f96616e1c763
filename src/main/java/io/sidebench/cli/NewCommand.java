package io.sidebench.cli;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new, empty project: a file, or a team project in PostgreSQL.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file to create (.sidebench) or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--title", paramLabel = "T", description = "the evaluation's title")
    String title;

    @Override
    public Integer call() {
        try (ProjectStore store = ProjectStores.create(project, title)) {
            spec.commandLine().getOut().println("Created " + store.location() + " (\"" + store.meta().title() + "\")");
        }
        return 0;
    }
}
