package io.sidebench.cli;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.metrics.Percentiles;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.run.SimulatedModelClient;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import java.io.IOException;
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
 * Measures the run engine's overhead: a run against in-process simulated models (no network) compared with
 * the ideal wall time, max over models of (cells x answer time) / concurrency.
 */
@Command(name = "bench-run", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark the run engine against in-process simulated models and print wall time vs ideal.")
final class BenchRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchWorkloadOptions workload;

    @Mixin
    ScriptedAnswerOptions answer;

    @Option(names = "--concurrency", defaultValue = "32", description = "requests in flight per model")
    int concurrency;

    @Option(names = "--project", description = "project file to write (default: a temporary file, deleted)")
    Path project;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = null;
        Path file = project;
        if (file == null) {
            dir = Files.createTempDirectory("sidebench-bench");
            file = dir.resolve("bench.sidebench");
        }
        try (ProjectStore store = ProjectStore.create(file, "bench-run")) {
            PromptSet set = store.promptSets().importSet("bench", "generated", "bench", sink -> {
                for (int i = 0; i < workload.prompts; i++) {
                    sink.add(Prompt.single("p" + i, "Benchmark prompt number " + i + ": say something.", null));
                }
            });
            List<Long> ids = new ArrayList<>();
            for (int m = 0; m < workload.models; m++) {
                ids.add(store.models().add(new ModelConfig(0, "sim-" + (m + 1), ProviderKind.OPENAI_COMPATIBLE,
                        "http://simulated-" + (m + 1) + ".invalid/v1", "sim", null, null, null, null)).id());
            }
            SimulatedModelClient sim = new SimulatedModelClient(answer.ttftMs, answer.tokensPerSecond, answer.tokens);
            RunEngine engine = new RunEngine(store,
                    config -> new SimulatedModelClient(answer.ttftMs, answer.tokensPerSecond, answer.tokens),
                    MetricsCalculator.withCl100k(), RunClock.SYSTEM);
            Run run = engine.createRun("bench", set.id(), ids, 1, 1);
            out.printf(Locale.ROOT, "bench-run: %d prompts x %d models, concurrency %d per model, TTFT %.0f ms, "
                    + "%.0f tokens/s, %d tokens per answer (%.0f ms each)%n", workload.prompts, workload.models,
                    concurrency, answer.ttftMs,
                    answer.tokensPerSecond, answer.tokens, sim.answerMillis());
            out.flush();
            long start = System.nanoTime();
            RunResult result = engine.start(run.id(), new RunOptions(SchedulerSettings.of(concurrency,
                    Duration.ofMinutes(2)), CacheMode.OFF), RunProgressListener.NONE).await();
            double wall = (System.nanoTime() - start) / 1e9;
            double ideal = workload.prompts * sim.answerMillis() / 1000.0 / concurrency;
            List<Completion> done = store.completions().forRun(run.id(), false);
            Double ttft = Percentiles.median(done.stream().map(c -> c.metrics().ttftMs()).toList());
            Double tps = Percentiles.median(done.stream().map(c -> c.metrics().tokensPerSecond()).toList());
            out.printf(Locale.ROOT, "cells: %d (%d ok, %d errors), stored: %d, integrity: %s%n", result.executed(),
                    result.ok(), result.errors(), done.size(), store.integrityCheck());
            out.printf(Locale.ROOT, "wall: %.2f s, ideal: %.2f s, ratio: %.3f (target <= 1.10)%n", wall, ideal,
                    wall / ideal);
            out.printf(Locale.ROOT, "median TTFT %.1f ms (scripted %.0f), median tokens/s %.1f (scripted %.0f over e2e "
                    + "%.1f)%n", ttft, answer.ttftMs, tps, answer.tokensPerSecond,
                    answer.tokens / (sim.answerMillis() / 1000.0));
            out.flush();
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file
                }
            });
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
