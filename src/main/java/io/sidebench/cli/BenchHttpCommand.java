package io.sidebench.cli;

import io.sidebench.logic.bench.BenchStubClient;
import io.sidebench.logic.bench.BenchStubServer;
import io.sidebench.logic.bench.BenchStubStats;
import io.sidebench.logic.bench.FidelityFigures;
import io.sidebench.logic.bench.StubTiming;
import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Engine overhead and metric fidelity over real HTTP: Sidebench's run engine and its real OpenAI-compatible
 * client (as {@code sidebench run} uses them, every completion committed to a project file) against the
 * loopback benchmark stub, in this process or one started by {@code bench-stub} ({@code --url}).
 */
@Command(name = "bench-http", hidden = true, mixinStandardHelpOptions = true,
        description = {"Benchmark a real run over loopback HTTP against the benchmark stub: wall time vs ideal,",
            "metric fidelity (measured vs scripted TTFT and tokens/s), the stub's requests in flight, CPU and load."})
final class BenchHttpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchWorkloadOptions workload;

    @Mixin
    ScriptedAnswerOptions answer;

    @Option(names = "--concurrency", defaultValue = "32",
            description = "requests in flight per model, as `sidebench run --concurrency` (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--total-concurrency", paramLabel = "T",
            description = "requests in flight across all models instead: T / models per model (T must divide)")
    Integer totalConcurrency;

    @Option(names = "--url", description = "use the stub already serving at this base URL (a `bench-stub`; its own "
            + "timing applies, its counters are reset first) instead of one in this process")
    String url;

    @Option(names = "--stub-threads", defaultValue = "" + BenchStubServer.DEFAULT_THREADS,
            description = "threads of the in-process stub")
    int stubThreads;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds one request may take")
    double timeoutSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the run's shuffled order")
    long seed;

    @Option(names = "--project", description = "project file to write (default: a temporary file, deleted)")
    Path project;

    @Override
    public Integer call() throws Exception {
        int perModel = perModelConcurrency();
        PrintWriter out = spec.commandLine().getOut();
        BenchStubServer local = null;
        Path dir = null;
        ModelClientFactory clients = ClientFactories.standard();
        try {
            StubTiming timing;
            BenchStubClient remote = null;
            if (url == null) {
                timing = timing();
                local = BenchStubServer.start(timing, 0, stubThreads, List.of());
                url = local.baseUrl();
            } else {
                remote = new BenchStubClient(url);
                timing = remote.stats().timing();
            }
            Path file = project;
            if (file == null) {
                dir = Files.createTempDirectory("sidebench-bench-http");
                file = dir.resolve("bench-http.sidebench");
            }
            try (ProjectStore store = ProjectStore.create(file, "bench-http")) {
                Run run = prepare(store);
                out.printf(Locale.ROOT, "bench-http: %d prompts x %d models = %d requests over loopback HTTP to %s "
                                + "(%s), OpenAI-compatible client, streaming%n", workload.prompts, workload.models,
                        workload.prompts * workload.models, url,
                        local != null ? "stub in this process" : "external stub");
                out.printf(Locale.ROOT, "script: TTFT %.0f ms, %.0f tokens/s, %d tokens per answer = %.0f ms each%n",
                        timing.ttftMs(), timing.tokensPerSecond(), timing.tokens(), timing.answerMs());
                out.printf(Locale.ROOT, "concurrency: %d per model (each model's own limit, all models at once on the stub's endpoint), "
                        + "so at most %d in flight in all%n", perModel, perModel * workload.models);
                out.flush();
                if (local != null) {
                    local.reset();
                } else {
                    remote.reset();
                }
                Measured m = measure(store, run, clients, perModel);
                BenchStubStats stub = local != null ? local.stats() : remote.stats();
                report(out, store, run, m, stub, timing, perModel, local != null);
            }
        } finally {
            ClientFactories.close(clients);
            if (local != null) {
                local.close();
            }
            if (dir != null) {
                BenchFiles.deleteQuietly(dir);
            }
        }
        return 0;
    }

    private int perModelConcurrency() {
        if (workload.prompts < 1 || workload.models < 1) {
            throw new CliException("--prompts and --models must be at least 1");
        }
        if (totalConcurrency == null) {
            if (concurrency < 1) {
                throw new CliException("--concurrency must be at least 1");
            }
            return concurrency;
        }
        if (totalConcurrency < workload.models || totalConcurrency % workload.models != 0) {
            throw new CliException("--total-concurrency " + totalConcurrency + " must be a multiple of --models "
                    + workload.models + " (Sidebench's limit is per model)");
        }
        return totalConcurrency / workload.models;
    }

    private StubTiming timing() {
        try {
            return new StubTiming(answer.ttftMs, answer.tokensPerSecond, answer.tokens);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private Run prepare(ProjectStore store) throws Exception {
        PromptSet set = store.promptSets().importSet("bench", "generated", "bench-http", sink -> {
            for (int i = 0; i < workload.prompts; i++) {
                sink.add(Prompt.single("p" + i, "Benchmark prompt number " + i + ": say something.", null));
            }
        });
        List<Long> ids = new ArrayList<>();
        for (int m = 1; m <= workload.models; m++) {
            ids.add(store.models().add(new ModelConfig(0, "bench-" + m, ProviderKind.OPENAI_COMPATIBLE, url,
                    "bench-" + m, null, null, null, null)).id());
        }
        RunEngine planner = new RunEngine(store, config -> {
            throw new IllegalStateException("planning only");
        }, MetricsCalculator.withCl100k(), RunClock.SYSTEM);
        return planner.createRun("bench-http", set.id(), ids, 1, seed);
    }

    private record Measured(RunResult result, double wallSeconds, long cpuNanos, long stubCpuNanos, double loadBefore,
                            double loadAfter, long heapPeak) {
    }

    private Measured measure(ProjectStore store, Run run, ModelClientFactory clients, int perModel)
            throws InterruptedException {
        RunEngine engine = new RunEngine(store, clients, MetricsCalculator.withCl100k(), RunClock.SYSTEM);
        // every model on the one stub: the endpoint's limit is theirs together, each model capped at perModel, and
        // all of them at once (no speed isolation), so the load is perModel x models as before
        for (long id : run.modelIds()) {
            store.models().get(id).ifPresent(m -> store.models().update(m.withConnection(m.connection()
                    .withOption(io.sidebench.model.ConnectionSettings.CONCURRENCY_OPTION, Integer.toString(perModel)))));
        }
        SchedulerSettings settings = SchedulerSettings.of(perModel * run.modelIds().size(),
                Duration.ofMillis((long) (timeoutSeconds * 1000)));
        double loadBefore = ProcessFigures.loadAverage();
        ProcessFigures.resetHeapPeaks();
        long stubCpuBefore = ProcessFigures.threadCpuNanos(BenchHttpCommand::isStubThread);
        long cpuBefore = ProcessFigures.processCpuNanos();
        long start = System.nanoTime();
        RunResult result = engine.start(run.id(), new RunOptions(settings, CacheMode.OFF, null,
                io.sidebench.logic.run.Isolation.OFF), RunProgressListener.NONE).await();
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = ProcessFigures.processCpuNanos() - cpuBefore;
        long stubCpu = ProcessFigures.threadCpuNanos(BenchHttpCommand::isStubThread) - stubCpuBefore;
        return new Measured(result, wall, cpu, stubCpu, loadBefore, ProcessFigures.loadAverage(),
                ProcessFigures.heapPeakBytes());
    }

    private static boolean isStubThread(String name) {
        return name.startsWith("bench-stub-") || name.startsWith("HTTP-Dispatcher");
    }

    private void report(PrintWriter out, ProjectStore store, Run run, Measured m, BenchStubStats stub,
                        StubTiming timing, int perModel, boolean inProcess) {
        RunResult result = m.result();
        List<Completion> done = store.completions().forRun(run.id(), false);
        long waves = (workload.prompts + perModel - 1) / perModel;
        double ideal = waves * timing.answerMs() / 1000.0;
        out.printf(Locale.ROOT, "cells: %d (%d ok, %d errors), stored: %d, integrity: %s%n", result.executed(),
                result.ok(), result.errors(), done.size(), store.integrityCheck());
        out.printf(Locale.ROOT, "wall: %.2f s, ideal: %.2f s (= ceil(%d cells per model / %d) x %.0f ms), "
                + "ratio: %.3f (target <= 1.10)%n", m.wallSeconds(), ideal, workload.prompts, perModel,
                timing.answerMs(),
                m.wallSeconds() / ideal);
        out.printf(Locale.ROOT, "stub: requests %d, max in flight %d (limit %d x %d models), mean in flight %.1f "
                        + "(time in the stub / wall)%n", stub.served() + stub.abandoned(), stub.maxInFlight(), perModel,
                workload.models, stub.meanInFlight(m.wallSeconds()));
        out.println("stub: " + stub.summaryLine());
        FidelityFigures fidelity = FidelityFigures.of(done.stream().map(Completion::metrics).toList(), timing);
        out.printf(Locale.ROOT, "fidelity over %d completions (measured by Sidebench's client vs the stub's script):%n",
                fidelity.count());
        fidelity.lines(timing).forEach(line -> out.println("  " + line));
        out.printf(Locale.ROOT, "  the stub's own lateness writing tokens: first token median %.2f ms, last token "
                + "median %.2f ms (p95 %.2f ms)%n", stub.firstLateMs(), stub.lastLateMs(), stub.lastLateP95Ms());
        double cpuSeconds = m.cpuNanos() / 1e9;
        out.printf(Locale.ROOT, "process CPU: %.2f s user+system over the run (%.0f %% of one core)%s%n", cpuSeconds,
                100 * cpuSeconds / m.wallSeconds(), inProcess ? String.format(Locale.ROOT,
                        ", of which the in-process stub's threads %.2f s", m.stubCpuNanos() / 1e9) : "");
        out.printf(Locale.ROOT, "peak heap: %d MB (sum of heap pool peaks during the run), max heap %d MB%n",
                m.heapPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "machine: %d processors, load average %.2f before / %.2f after%n",
                ProcessFigures.processors(), m.loadBefore(), m.loadAfter());
        out.flush();
    }
}
