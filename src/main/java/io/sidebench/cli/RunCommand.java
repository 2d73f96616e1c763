package io.sidebench.cli;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.BaseUrlPolicy;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.EndpointLimits;
import io.sidebench.logic.run.EndpointPlan;
import io.sidebench.logic.run.Isolation;
import io.sidebench.logic.run.RetryPolicy;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunHandle;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run every prompt of a set on every chosen model, streaming and measuring each answer.",
            "Every answer is saved the moment it arrives; --resume RUN continues an interrupted run."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--set", paramLabel = "NAME", description = "the prompt set to run")
    String set;

    @Option(names = "--models", paramLabel = "a,b,c", split = ",", description = "the models to run, by name")
    List<String> models;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "1", description = "answers per prompt and model (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "requests in flight per endpoint: models on one base URL share it; a model's own "
            + "limit (models set-concurrency) caps it lower (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120", description = "seconds one request may take (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the shuffled order (default: random, printed)")
    Long seed;

    @Option(names = "--resume", paramLabel = "RUN", description = "continue run RUN (its set, models, repeats and seed)")
    Long resume;

    @Option(names = "--no-cache", description = "request every answer, even deterministic ones already in the cache")
    boolean noCache;

    @Option(names = "--name", paramLabel = "TEXT", description = "a name for the run (with --resume: renames it)")
    String name;

    @Option(names = "--notes", paramLabel = "TEXT", description = "notes on the run, shown by `runs` (with --resume: replaces them)")
    String notes;

    @Option(names = "--isolation", paramLabel = "auto|on|off", defaultValue = "auto", description = "measure models "
            + "one after another so one does not slow another: auto = models on this machine (GGUF, localhost "
            + "servers); on = also models sharing an endpoint; off = all at once (default: ${DEFAULT-VALUE})")
    String isolation;

    @Option(names = "--rpm", paramLabel = "N", defaultValue = "0", description = "requests per minute per endpoint (0: no limit)")
    int requestsPerMinute;

    @Option(names = "--tpm", paramLabel = "N", defaultValue = "0", description = "tokens per minute per endpoint (0: no limit)")
    long tokensPerMinute;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "4", description = "attempts per request, retries included (default: ${DEFAULT-VALUE})")
    int maxAttempts;

    @Option(names = "--progress-interval", paramLabel = "S", defaultValue = "5", hidden = true,
            description = "seconds between progress lines when not on a terminal (0: after every cell)")
    double progressInterval;

    private final ModelClientFactory clients;

    RunCommand() {
        this(ClientFactories.standard());
    }

    RunCommand(ModelClientFactory clients) {
        this.clients = clients;
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            return execute();
        } finally {
            ClientFactories.close(clients);
        }
    }

    private Integer execute() throws InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStores.open(project)) {
            Run run = resume != null ? resumed(store) : created(store);
            int prompts = store.promptSets().count(run.promptSetId());
            PromptSet promptSet = store.promptSets().get(run.promptSetId()).orElseThrow();
            out.printf("Run %d: set '%s', %d prompts x %d models x %d repeats = %d cells (seed %d)%n", run.id(),
                    promptSet.name(), prompts, run.modelIds().size(), run.repeats(), run.cellCount(prompts), run.seed());
            out.flush();
            warnAboutPlainHttp(store, run);
            printLimits(out, store, run);

            RunEngine engine = new RunEngine(store, clients, MetricsCalculator.withCl100k(), RunClock.SYSTEM);
            ProgressPrinter printer = new ProgressPrinter(out, System.console() != null,
                    Duration.ofMillis((long) (progressInterval * 1000)));
            RunHandle handle = engine.start(run.id(), options(), printer);
            Thread onInterrupt = new Thread(() -> {
                handle.cancel();
                try {
                    handle.result().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // exiting anyway
                }
            }, "sidebench-run-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            RunResult result;
            try {
                result = handle.await();
            } finally {
                removeHook(onInterrupt);
            }
            printer.finish();
            out.printf("Run %d %s in %s: %d answered now (%d ok, %d errors, %d from cache, %d %s), %d done before%s%s%n",
                    run.id(), result.run().status().name().toLowerCase(), ProgressPrinter.duration(result.wall()),
                    result.executed(), result.ok(), result.errors(), result.cached(), result.retries(),
                    result.retries() == 1 ? "retry" : "retries", result.alreadyDone(),
                    result.interrupted() > 0 ? ", " + result.interrupted() + " stopped by the cancel" : "",
                    result.notStarted() > 0 ? ", " + result.notStarted() + " not started" : "");
            if (result.cancelled()) {
                out.printf("Continue with: sidebench run %s --resume %d%n", CliProjects.shown(project), run.id());
            }
            RunTables.print(out, RunTables.summaries(store, result.run()), "  ");
            out.flush();
            return result.cancelled() ? 1 : 0;
        }
    }

    private void validate() {
        if (repeats < 1) {
            throw new CliException("--repeats must be at least 1");
        }
        if (concurrency < 1) {
            throw new CliException("--concurrency must be at least 1");
        }
        if (timeoutSeconds <= 0) {
            throw new CliException("--timeout must be positive");
        }
        if (maxAttempts < 1) {
            throw new CliException("--max-attempts must be at least 1");
        }
        if (requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new CliException("--rpm and --tpm cannot be negative");
        }
        isolation();
        if (resume == null && (set == null || models == null || models.isEmpty())) {
            throw new CliException("give --set NAME and --models a,b,c (or --resume RUN)");
        }
    }

    /** The effective limit of every endpoint and model, and which models are measured one after another. */
    private void printLimits(PrintWriter out, ProjectStore store, Run run) {
        List<ModelConfig> chosen = run.modelIds().stream().map(id -> store.models().get(id)).flatMap(Optional::stream)
                .toList();
        EndpointPlan plan = EndpointPlan.of(chosen, options().scheduler(), isolation());
        for (String line : RunTables.limits(plan)) {
            out.println("  " + line);
        }
        out.println("  Speeds: " + plan.measurement().describe());
        out.flush();
    }

    /** A visible warning for every model of the run reached over plain http:// outside the local network. */
    private void warnAboutPlainHttp(ProjectStore store, Run run) {
        for (long id : run.modelIds()) {
            store.models().get(id).filter(m -> m.baseUrl() != null && !m.baseUrl().isBlank()).ifPresent(m -> {
                try {
                    BaseUrlPolicy.check(m.baseUrl()).warning()
                            .ifPresent(w -> spec.commandLine().getErr().println("model '" + m.name() + "': " + w));
                } catch (IllegalArgumentException bad) {
                    // reported by the client factory when the run starts
                }
            });
        }
    }

    private RunOptions options() {
        RetryPolicy retry = new RetryPolicy(maxAttempts, RetryPolicy.DEFAULT.baseDelay(), RetryPolicy.DEFAULT.maxDelay(),
                RetryPolicy.DEFAULT.maxRetryAfter());
        SchedulerSettings settings = new SchedulerSettings(
                new EndpointLimits(concurrency, requestsPerMinute, tokensPerMinute), Map.of(), retry,
                Duration.ofMillis((long) (timeoutSeconds * 1000)));
        return new RunOptions(settings, noCache ? CacheMode.OFF : CacheMode.AUTO, null, isolation());
    }

    private Isolation isolation() {
        try {
            return Isolation.fromId(isolation);
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + e.getMessage(), e);
        }
    }

    private Run resumed(ProjectStore store) {
        Run run = store.runs().get(resume).orElseThrow(() -> new CliException(CliProjects.shown(project) + ": no run " + resume
                + " (see: sidebench runs " + CliProjects.shown(project) + ")"));
        if (set != null || models != null || seed != null) {
            spec.commandLine().getErr().println("note: --resume keeps the run's own set, models and seed");
        }
        if (name != null || notes != null) {
            store.runs().describe(run.id(), name != null ? name : run.name(), notes != null ? notes : run.notes());
            run = store.runs().get(run.id()).orElseThrow();
        }
        return run;
    }

    private Run created(ProjectStore store) {
        PromptSet promptSet = store.promptSets().find(set).orElseThrow(() -> new CliException(CliProjects.shown(project)
                + ": no prompt set '" + set + "' (known: " + String.join(", ",
                store.promptSets().list().stream().map(PromptSet::name).toList()) + ")"));
        List<Long> ids = new ArrayList<>();
        for (String modelName : models) {
            String wanted = modelName.trim();
            ModelConfig model = store.models().find(wanted).orElseThrow(() -> new CliException(CliProjects.shown(project)
                    + ": no model '" + wanted + "' (known: " + String.join(", ",
                    store.models().list().stream().map(ModelConfig::name).toList()) + ")"));
            ids.add(model.id());
        }
        long actualSeed = seed != null ? seed : System.nanoTime() & 0xFFFFFFFFL;
        RunEngine planner = new RunEngine(store, clients, MetricsCalculator.withCl100k(), RunClock.SYSTEM);
        try {
            Run run = planner.createRun(name, promptSet.id(), ids, repeats, actualSeed);
            if (notes != null && !notes.isBlank()) {
                store.runs().describe(run.id(), run.name(), notes);
                run = store.runs().get(run.id()).orElseThrow();
            }
            return run;
        } catch (IllegalArgumentException e) {
            throw new CliException(CliProjects.shown(project) + ": " + e.getMessage(), e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
    }
}
