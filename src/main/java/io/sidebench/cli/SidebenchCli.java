package io.sidebench.cli;

import io.sidebench.logic.util.LogLevels;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line, twin of the desktop app. Exit code 0 on success; on failure a one-line reason on
 * stderr and a non-zero code (1 for a failed operation, 2 for a usage error).
 */
@Command(name = "sidebench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare large language models side by side.",
        subcommands = {
            NewCommand.class,
            PublishCommand.class,
            CheckoutCommand.class,
            InfoCommand.class,
            ImportCommand.class,
            ImportAnswersCommand.class,
            ImportJudgmentsCommand.class,
            ImportVotesCommand.class,
            ImportAnnotationsCommand.class,
            PromptsCommand.class,
            BenchImportCommand.class,
            BenchImportAnswersCommand.class,
            BenchGgufCommand.class,
            GgufScanCommand.class,
            RunCommand.class,
            RunsCommand.class,
            BenchRunCommand.class,
            BenchHttpCommand.class,
            BenchStubCommand.class,
            ModelsCommand.class,
            ProvidersCommand.class,
            CredentialsCommand.class,
            ExportCommand.class,
            SampleProjectsCommand.class,
            ScoreCommand.class,
            StatsCommand.class,
            PackageCommand.class,
            BenchScoreCommand.class,
            BenchProjectCommand.class,
            BenchTeamCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class SidebenchCli implements Runnable {

    private static final Set<String> APP_OPTIONS = Set.of("--exit-after-first-window", "--project", "--lang");

    @Option(names = LogLevels.VERBOSE, scope = ScopeType.INHERIT,
            description = "Also print the libraries' log lines on stderr (e.g. DJL's GPU probe; the app: JavaFX's).")
    boolean verbose;

    /** Trust this CA bundle (PEM) besides the JDK's authorities, for every provider connection. */
    @Option(names = "--ca-bundle", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Also trust the CA certificates in this PEM file (a company's TLS-inspecting proxy); "
                    + "certificate checks stay on. Default: ca-bundle= in network.properties in the settings folder.")
    void caBundle(java.nio.file.Path file) {
        System.setProperty(io.sidebench.logic.providers.net.NetworkSettings.CA_BUNDLE_PROPERTY,
                file.toAbsolutePath().toString());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command (try --help)");
    }

    /** True when the arguments ask for the command line rather than the desktop app. */
    public static boolean isCommandLine(String[] args) {
        int i = 0;
        while (i < args.length && args[i].equals(LogLevels.VERBOSE)) {
            i++;
        }
        if (i == args.length) {
            return false;
        }
        String first = args[i];
        // a project file, or an annotation package (the app opens it in its annotation-only mode)
        if (first.endsWith(".sidebench") || first.toLowerCase(java.util.Locale.ROOT)
                .endsWith(io.sidebench.logic.packages.PackageFile.EXTENSION) || APP_OPTIONS.stream().anyMatch(first::startsWith)) {
            return false;
        }
        return true;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the CLI with the given streams; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SidebenchCli());
        cli.setExecutionExceptionHandler(new OneLineErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
