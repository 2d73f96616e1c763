package io.sidebench.cli;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.samples.SampleProjectBuilder;
import io.sidebench.logic.scoring.EmbeddingModels;
import io.sidebench.logic.scoring.ScorerCatalog;
import io.sidebench.logic.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample-projects", mixinStandardHelpOptions = true,
        description = "Build the sample projects from their sources.",
        subcommands = {SampleProjectsCommand.Build.class})
final class SampleProjectsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try: build)");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Turn each folder of SRC (project.yaml, models.yaml, prompts) into OUT/NAME.sidebench",
                "with its prompt set, models, a finished run of the offline baselines and its scores."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--src", paramLabel = "DIR", defaultValue = "sample-projects/src",
                description = "folder of sample sources (default: ${DEFAULT-VALUE})")
        Path src;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-projects",
                description = "where the .sidebench files go (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--only", paramLabel = "NAME", split = ",", description = "build only these samples")
        List<String> only;

        @Option(names = "--force", description = "replace existing project files")
        boolean force;

        @Override
        public Integer call() throws IOException, ImportException, InterruptedException {
            if (!Files.isDirectory(src)) {
                throw new CliException(src + ": not a folder of sample sources");
            }
            Files.createDirectories(out);
            List<Path> sources;
            try (Stream<Path> list = Files.list(src)) {
                sources = list.filter(p -> Files.isRegularFile(p.resolve("project.yaml")))
                        .filter(p -> only == null || only.contains(p.getFileName().toString())).sorted().toList();
            }
            if (sources.isEmpty()) {
                throw new CliException(src + ": no sample folders (each needs a project.yaml)");
            }
            var printer = spec.commandLine().getOut();
            try (DefaultModelClientFactory clients = DefaultModelClientFactory.standard()) {
                ScorerCatalog catalog = new ScorerCatalog(EmbeddingModels.offline(), name -> {
                    throw new IllegalArgumentException("sample projects are scored offline; no judge '" + name + "'");
                });
                SampleProjectBuilder builder = new SampleProjectBuilder(clients, catalog, RunClock.SYSTEM);
                for (Path source : sources) {
                    Path target = out.resolve(source.getFileName() + ProjectStore.EXTENSION);
                    if (Files.exists(target)) {
                        if (!force) {
                            throw new CliException(target + ": already exists (use --force to rebuild)");
                        }
                        Files.delete(target);
                        Files.deleteIfExists(Path.of(target + "-wal"));
                        Files.deleteIfExists(Path.of(target + "-shm"));
                    }
                    long start = System.nanoTime();
                    SampleProjectBuilder.Result r = builder.build(source, target);
                    printer.printf("Built %s: %d prompts, %d models, run %d with %d answers and %d scores (%.1f s)%n",
                            r.file(), r.prompts(), r.models(), r.runId(), r.completions(), r.scores(),
                            (System.nanoTime() - start) / 1e9);
                    printer.flush();
                }
            }
            return 0;
        }
    }
}
