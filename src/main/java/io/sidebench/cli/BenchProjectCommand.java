package io.sidebench.cli;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.export.ExportFormats;
import io.sidebench.logic.export.Exporter;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import io.sidebench.model.RunStatus;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-project", hidden = true, mixinStandardHelpOptions = true,
        description = "Generate a project with N completions, then time opening it, reading the result rows, "
                + "and exporting them in every format, with peak heap for each step.")
final class BenchProjectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--completions", defaultValue = "100000", description = "completions to generate (default: ${DEFAULT-VALUE})")
    int completions;

    @Option(names = "--models", defaultValue = "4", description = "models (default: ${DEFAULT-VALUE})")
    int models;

    @Option(names = "--exports", split = ",", defaultValue = "csv,jsonl,xlsx,html,pdf,md",
            description = "formats to time (default: ${DEFAULT-VALUE})")
    List<String> exports;

    @Option(names = "--scorers", defaultValue = "0",
            description = "scores per completion to generate, as scorers s0, s1, ... (default: ${DEFAULT-VALUE})")
    int scorers;

    @Option(names = "--dir", description = "folder for the project and exports (default: a temporary folder, deleted)")
    Path dir;

    @Option(names = "--reuse", description = "with --dir: measure the project generated there before, if there is one")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("sidebench-bench-project") : Files.createDirectories(dir);
        Path file = folder.resolve("bench-" + completions + "-" + models + "-" + scorers + ".sidebench");
        int prompts = Math.max(1, completions / models);
        out.printf("bench-project: %d prompts x %d models = %d completions (answers ~600 chars, 40 chunk timings "
                + "each, %d scores each); load average %.1f%n", prompts, models, prompts * models, scorers, load());
        long t0 = System.nanoTime();
        long runId;
        if (reuse && !temporary && Files.exists(file)) {
            try (ProjectStore store = ProjectStore.open(file)) {
                runId = store.runs().list().get(0).id();
            }
            out.printf("generate        reused %s, file %.1f MB%n", file, Files.size(file) / 1e6);
        } else {
            Files.deleteIfExists(file);
            runId = generate(file, prompts);
            out.printf("generate        %.1f s, file %.1f MB%n", secs(t0), Files.size(file) / 1e6);
        }
        out.flush();

        System.gc();
        resetPeaks();
        t0 = System.nanoTime();
        try (ProjectStore store = ProjectStore.open(file)) {
            double open = secs(t0);
            long t1 = System.nanoTime();
            int rows = 0;
            long chars = 0;
            for (ResultRow row : new ResultsQuery(store).cursor(runId)) {
                rows++;
                chars += row.output().length();
            }
            double load = secs(t1);
            out.printf("open            %.3f s%n", open);
            out.printf("result rows     %.2f s for %d rows, %.1f M answer chars (everything the exports read, page by "
                    + "page, without chunk timings); peak heap %d MB%n", load, rows, chars / 1e6, peakHeapMb());
            out.flush();
            for (String format : exports) {
                System.gc();
                resetPeaks();
                long t2 = System.nanoTime();
                Report report = new ReportBuilder(store, Clock.systemUTC()).build(store.runs().get(runId).orElseThrow());
                double build = secs(t2);
                Exporter exporter = ExportFormats.create(format, false, ChartTheme.light());
                Path target = folder.resolve("bench." + format);
                long t3 = System.nanoTime();
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    exporter.write(report, stream);
                }
                out.printf("export %-8s report %.2f s + write %.2f s, %.1f MB, peak heap %d MB%n", format, build,
                        secs(t3), Files.size(target) / 1e6, peakHeapMb());
                out.flush();
            }
        } finally {
            if (temporary) {
                try (var files = Files.list(folder)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(folder);
            }
        }
        out.printf("max heap %d MB, %d processors, load average %.1f%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), load());
        return 0;
    }

    private long generate(Path file, int prompts) throws Exception {
        Random random = new Random(42);
        try (ProjectStore store = ProjectStore.create(file, "bench")) {
            var set = store.promptSets().importSet("bench", "generated", "generated", sink -> {
                for (int i = 0; i < prompts; i++) {
                    Prompt prompt = Prompt.single("q" + i, "Generated question " + i + " about topic "
                            + random.nextInt(500) + ": explain the main trade-offs in a short paragraph.",
                            "Reference answer " + i);
                    // with scores, categories too, so the per-category chart is drawn
                    sink.add(scorers == 0 ? prompt : new Prompt(0, prompt.key(), 0, null, prompt.turns(),
                            "category " + (i % 8), Map.of(), List.of()));
                }
            });
            List<Long> ids = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                ids.add(store.models().add(new ModelConfig(0, "model-" + m, ProviderKind.OPENAI_COMPATIBLE,
                        "http://127.0.0.1:1/v1", "m" + m, null, null, ModelParams.DEFAULTS, null)).id());
            }
            Run run = store.runs().create(new Run(0, "bench", set.id(), ids, 1, 1, RunStatus.FINISHED, Instant.now(),
                    Instant.now()));
            List<Prompt> all = store.promptSets().prompts(set.id());
            String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ";
            int batch = 2000;
            for (int from = 0; from < all.size(); from += batch) {
                List<Prompt> slice = all.subList(from, Math.min(all.size(), from + batch));
                store.inTransaction(c -> {
                    List<Score> scores = new ArrayList<>();
                    for (Prompt p : slice) {
                        for (long modelId : ids) {
                            String text = words.repeat(8) + p.id();
                            double ttft = 100 + random.nextInt(400);
                            double e2e = ttft + 2000 + random.nextInt(3000);
                            List<io.sidebench.model.Chunk> chunks = new ArrayList<>();
                            for (int k = 0; k < 40; k++) {
                                chunks.add(new io.sidebench.model.Chunk((long) (ttft + k * 50), "w" + k + " ", false));
                            }
                            Metrics metrics = new Metrics(ttft, ttft, e2e, 30, 120, false, (e2e - ttft) / 119, 20.0,
                                    45.0, 120 / (e2e / 1000), text.length() / (e2e / 1000), 0.0004);
                            Completion saved = store.completions().save(new Completion(0,
                                    new CellKey(run.id(), p.id(), modelId, 0), CompletionStatus.OK, text, List.of(text),
                                    null, null, metrics, chunks, false, 1, Instant.now()));
                            for (int s = 0; s < scorers; s++) {
                                scores.add(new Score(saved.id(), "s" + s, random.nextDouble(), null, "bench"));
                            }
                        }
                    }
                    store.scores().saveAll(scores);
                    return null;
                });
            }
            return run.id();
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
