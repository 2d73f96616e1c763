package io.sidebench.cli;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.PromptSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

/** Benchmark: generates a JSONL prompt file, imports it into a fresh project, prints speed and peak heap. */
@Command(name = "bench-import", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark the prompt import: prompts/second and peak heap for a generated JSONL file.")
final class BenchImportCommand implements Callable<Integer> {
    private static final String[] TOPICS = {"math", "coding", "writing", "reasoning", "extraction", "翻译", "要約"};

    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000", description = "prompts to generate (default 100000)")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed for the generated file")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new CliException("--count must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("sidebench-bench-import");
        try {
            Path file = dir.resolve("bench.jsonl");
            generate(file);
            long bytes = Files.size(file);
            System.gc();
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            AtomicLong sampledPeak = new AtomicLong(baseline);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heap-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> sampledPeak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            PromptSet set;
            try (ProjectStore store = ProjectStore.create(dir.resolve("bench.sidebench"), "bench-import")) {
                set = new PromptImportService(PromptImporters.standard()).importFile(store, file, "bench", ImportOptions.defaults());
            } catch (ImportException e) {
                throw new CliException(e.getMessage(), e);
            } finally {
                sampler.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long maxHeap = Runtime.getRuntime().maxMemory();
            out.printf("imported        %d prompts (%.1f MB JSONL, %s)%n", set.promptCount(), bytes / 1e6, set.format());
            out.printf("time            %.2f s%n", seconds);
            out.printf("speed           %.0f prompts/s%n", set.promptCount() / seconds);
            out.printf("peak heap       %.0f MB sampled used (baseline %.0f MB); %.0f MB sum of heap pool peaks; max heap %.0f MB%n",
                    sampledPeak.get() / 1e6, baseline / 1e6, poolPeaks / 1e6, maxHeap / 1e6);
            out.printf("project file    %.1f MB%n", Files.size(dir.resolve("bench.sidebench")) / 1e6);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void generate(Path file) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", "q" + i);
                record.put("category", TOPICS[random.nextInt(TOPICS.length)]);
                if (i % 10 == 0) {
                    record.put("turns", List.of("Question " + i + ": explain step " + random.nextInt(1000),
                            "Now summarise that in one sentence. 🙂"));
                    record.put("reference", List.of("Answer " + i, "Summary " + i));
                } else {
                    record.put("prompt", "Prompt " + i + ": what is " + random.nextInt(10_000) + " + "
                            + random.nextInt(10_000) + "? Explain briefly, in plain words, for a reviewer. 日本語でも可。");
                    record.put("reference", String.valueOf(random.nextInt(20_000)));
                }
                w.write(Json.write(record));
                w.newLine();
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
