package io.sidebench.cli;

import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerImporters;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmark: imports a generated prompt set (untimed), then a generated JSONL file of answers by two models
 * (one record per answer, every tenth prompt of two turns, latency and tokens given), and prints answers/second
 * and peak heap.
 */
@Command(name = "bench-import-answers", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark the answer import: answers/second and peak heap for a generated JSONL file.")
final class BenchImportAnswersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", description = "answers to generate (default 100000)")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed for the generated files")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 2) {
            throw new CliException("--count must be at least 2");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("sidebench-bench-answers");
        try {
            int prompts = count / 2;
            Path promptFile = dir.resolve("prompts.jsonl");
            Path answerFile = dir.resolve("answers.jsonl");
            generate(promptFile, answerFile, prompts);
            Path project = dir.resolve("bench.sidebench");
            try (ProjectStore store = ProjectStore.create(project, "bench-import-answers")) {
                new PromptImportService(PromptImporters.standard()).importFile(store, promptFile, "bench",
                        ImportOptions.defaults());
            } catch (ImportException e) {
                throw new CliException(e.getMessage(), e);
            }
            System.gc();
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heap-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            AnswerImportService.Result result;
            try (ProjectStore store = ProjectStore.open(project)) {
                result = new AnswerImportService(AnswerImporters.standard()).importFile(store, answerFile,
                        AnswerOptions.defaults());
            } catch (ImportException | AnswerImportException e) {
                throw new CliException(e.getMessage(), e);
            } finally {
                sampler.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            out.printf("imported        %d answers of %d models to %d prompts (%.1f MB JSONL, %s)%n", result.answers(),
                    result.models(), prompts, Files.size(answerFile) / 1e6, result.format().cliName());
            out.printf("time            %.2f s%n", seconds);
            out.printf("speed           %.0f answers/s%n", result.answers() / seconds);
            out.printf("cpu             %.2f s on the importing thread (%.0f answers per CPU second; the wall time "
                    + "includes waiting for a busy machine)%n", cpu, result.answers() / cpu);
            out.printf("peak heap       %.0f MB sampled used (baseline %.0f MB); max heap %.0f MB%n", peak.get() / 1e6,
                    baseline / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            out.printf("project file    %.1f MB%n", Files.size(project) / 1e6);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void generate(Path promptFile, Path answerFile, int prompts) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter p = Files.newBufferedWriter(promptFile, StandardCharsets.UTF_8);
             BufferedWriter a = Files.newBufferedWriter(answerFile, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= prompts; i++) {
                Map<String, Object> prompt = new LinkedHashMap<>();
                prompt.put("id", "q" + i);
                boolean twoTurns = i % 10 == 0;
                if (twoTurns) {
                    prompt.put("turns", List.of("Question " + i + ": explain step " + random.nextInt(1000),
                            "Now summarise that in one sentence. 🙂"));
                } else {
                    prompt.put("prompt", "Prompt " + i + ": what is " + random.nextInt(10_000) + " + "
                            + random.nextInt(10_000) + "? 日本語でも可。");
                }
                p.write(Json.write(prompt));
                p.newLine();
                for (String model : List.of("vendor-a", "vendor-b")) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("prompt_id", "q" + i);
                    answer.put("model", model);
                    String text = "The answer of " + model + " to prompt " + i + " is " + random.nextInt(20_000)
                            + ", because the two numbers add up; 答案如上。";
                    answer.put("answer", twoTurns ? List.of(text, "In short: " + i) : text);
                    answer.put("latency_ms", 200 + random.nextInt(3000));
                    answer.put("output_tokens", 20 + random.nextInt(200));
                    a.write(Json.write(answer));
                    a.newLine();
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
