package io.sidebench.cli;

import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.logic.packages.PackageException;
import io.sidebench.logic.packages.PackageExporter;
import io.sidebench.logic.packages.PackageFile;
import io.sidebench.logic.packages.PackageMerger;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Blind annotation packages: export one per annotator, see their progress, merge them back.",
        subcommands = {PackageCommand.Export.class, PackageCommand.Status.class, PackageCommand.Merge.class})
final class PackageCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: export, status or merge");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one blind annotation package per annotator (model names hidden, order shuffled "
                    + "with the seed, a share of answers in every package so agreement can be measured).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
        String project;

        @Option(names = "--run", paramLabel = "R", description = "the run's id or name (default: the latest run)")
        String run;

        @Option(names = "--annotators", required = true, split = ",", paramLabel = "NAMES",
                description = "one package per annotator, e.g. alice,bob,carol")
        List<String> annotators;

        @Option(names = "--prompts", split = ",", paramLabel = "KEYS", description = "only these prompt keys")
        List<String> prompts = new ArrayList<>();

        @Option(names = "--models", split = ",", paramLabel = "NAMES", description = "only these models")
        List<String> models = new ArrayList<>();

        @Option(names = "--overlap", paramLabel = "SHARE", defaultValue = "0.2",
                description = "share of answers every annotator rates, 0-1 (default: ${DEFAULT-VALUE})")
        double overlap;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "shuffle seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--no-pairs", description = "no pairwise votes in the packages")
        boolean noPairs;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "folder for the packages")
        Path out;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            try (ProjectStore store = ProjectStores.open(project)) {
                long runId = RunArgs.resolve(store, run).id();
                List<AnnotationPackage> packages = new PackageExporter(store, Clock.systemUTC()).export(
                        new PackageExporter.Options(runId, annotators, new LinkedHashSet<>(prompts),
                                new LinkedHashSet<>(models), overlap, seed, !noPairs));
                for (AnnotationPackage p : packages) {
                    Path file = out.resolve(safe(p.annotator()) + PackageFile.EXTENSION);
                    if (Files.exists(file)) {
                        throw new CliException(file + " exists already; choose another --out folder");
                    }
                }
                for (AnnotationPackage p : packages) {
                    Path file = out.resolve(safe(p.annotator()) + PackageFile.EXTENSION);
                    PackageFile.write(p, file);
                    w.printf(Locale.ROOT, "%s: %d answers, %d pairs -> %s%n", p.annotator(), p.items().size(),
                            p.pairs().size(), file);
                }
            } catch (PackageException e) {
                throw new CliException(e.getMessage(), e);
            }
            return 0;
        }

        private static String safe(String name) {
            return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show a package's annotation progress per annotator and dimension.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACKAGE", arity = "1..*", description = "package files")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            try {
                for (Path f : files) {
                    AnnotationPackage p = PackageFile.read(f);
                    w.printf(Locale.ROOT, "%s (for %s, project \"%s\"): %d answers, %d pairs%n", f.getFileName(),
                            p.annotator(), p.projectTitle(), p.items().size(), p.pairs().size());
                    for (AnnotationPackage.Progress line : p.progress()) {
                        w.printf(Locale.ROOT, "  %-16s %-20s %5d rated %5d left%n", line.annotator(), line.dimension(),
                                line.rated(), line.left());
                    }
                }
            } catch (PackageException e) {
                throw new CliException(e.getMessage(), e);
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Bring ratings, tags, comments and votes from packages back into the project. Merging "
                    + "twice adds nothing; edits made on both sides are listed, not resolved; a package from another "
                    + "project refuses the merge and nothing is written.",
                "Exit code 3 when conflicts were listed."})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
        String project;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PACKAGE", description = "package files")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            List<AnnotationPackage> packages = new ArrayList<>();
            try {
                for (Path f : files) {
                    packages.add(PackageFile.read(f));
                }
                int conflicts = 0;
                try (ProjectStore store = ProjectStores.open(project)) {
                    for (PackageMerger.Result r : new PackageMerger(store).merge(packages)) {
                        w.printf(Locale.ROOT, "%s: %d annotations added, %d updated, %d unchanged; %d votes added, "
                                + "%d unchanged%s%n", r.annotator(), r.added(), r.updated(), r.unchanged(),
                                r.votesAdded(), r.votesUnchanged(),
                                r.unknownItems() == 0 ? "" : "; " + r.unknownItems() + " for answers the run no longer has");
                        for (PackageMerger.Conflict c : r.conflicts()) {
                            conflicts++;
                            w.printf(Locale.ROOT, "  conflict (%s of %s by %s): project has %s, package has %s "
                                    + "- the project keeps its own%n", c.what(), c.item(), c.annotator(), c.inProject(),
                                    c.inPackage());
                        }
                    }
                }
                return conflicts == 0 ? 0 : 3;
            } catch (PackageException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
    }
}
