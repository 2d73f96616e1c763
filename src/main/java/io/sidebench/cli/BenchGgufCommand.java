package io.sidebench.cli;

import io.sidebench.logic.providers.gguf.GgufBenchmark;
import io.sidebench.logic.providers.gguf.GgufFileWriter;
import io.sidebench.logic.providers.gguf.GgufProcess;
import io.sidebench.logic.providers.gguf.LlamaBench;
import io.sidebench.logic.providers.gguf.LlamaServerProcess;
import io.sidebench.logic.providers.gguf.RandomGgufModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Times a local GGUF model through the child-JVM server (load time, TTFT, decode tokens/s), optionally
 * beside llama.cpp's own {@code llama-bench} and {@code llama-server} on the same file and threads; or
 * writes a random-weights model in a real model's shape to time.
 */
@Command(name = "bench-gguf", hidden = true, mixinStandardHelpOptions = true,
        description = {"Load a GGUF model in a child JVM and time streamed greedy answers.",
            "With --llama-bench / --llama-server, compare with llama.cpp's own tools on the same file and threads.",
            "With --generate SHAPE --out FILE, write a random-weights F16 model of that shape "
                + "(smollm2-135m, qwen2.5-0.5b) first."})
final class BenchGgufCommand implements Callable<Integer> {
    static final String PROMPT = "Write a short story about a lighthouse keeper.";

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "the .gguf file")
    Path model;

    @Option(names = "--generate", paramLabel = "SHAPE",
            description = "write a random-weights F16 model of this shape to --out (smollm2-135m, qwen2.5-0.5b)")
    String generate;

    @Option(names = "--out", paramLabel = "FILE", description = "where --generate writes the model")
    Path out;

    @Option(names = "--runs", defaultValue = "5", description = "answers to time (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--max-tokens", defaultValue = "128", description = "tokens per answer (default ${DEFAULT-VALUE})")
    int maxTokens;

    @Option(names = "--threads", defaultValue = "0", description = "llama.cpp threads, 0 for all processors")
    int threads;

    @Option(names = "--ctx", defaultValue = "0", description = "context size, 0 for the model's (max 4096)")
    int context;

    @Option(names = "--llama-bench", paramLabel = "PATH",
            description = "llama.cpp's llama-bench binary: run tg<max-tokens> on the same file and threads")
    Path llamaBench;

    @Option(names = "--llama-server", paramLabel = "PATH",
            description = "llama.cpp's llama-server binary: time the same answers through it")
    Path llamaServer;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (generate != null) {
            if (out == null) {
                throw new ParameterException(spec.commandLine(), "--generate needs --out FILE");
            }
            RandomGgufModel.Shape shape;
            try {
                shape = RandomGgufModel.shape(generate);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--generate: " + e.getMessage());
            }
            long started = System.nanoTime();
            RandomGgufModel.write(out, shape, GgufFileWriter.TensorType.F16, RandomGgufModel.DEFAULT_SEED);
            w.printf(Locale.ROOT, "generated      %s: %s shape, %,d parameters, F16, %,d bytes in %.1f s%n", out,
                    shape.id(), shape.parameters(), Files.size(out), (System.nanoTime() - started) / 1e9);
            if (model == null) {
                model = out;
                if (llamaBench == null && llamaServer == null) {
                    return 0; // only asked to write the file
                }
            }
        }
        if (model == null) {
            throw new ParameterException(spec.commandLine(), "give --model FILE (or --generate SHAPE --out FILE)");
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        GgufProcess.Options options = GgufProcess.Options.defaults().withThreads(n).withContextSize(context)
                .withStartTimeout(Duration.ofMinutes(10));
        GgufBenchmark.Report report = GgufBenchmark.run(model, options, runs, maxTokens, PROMPT);
        w.printf(Locale.ROOT, "model          %s%n", report.model());
        w.printf(Locale.ROOT, "threads        %d%n", n);
        w.printf(Locale.ROOT, "load           %d ms (child JVM start + native library + model)%n",
                report.loadTime().toMillis());
        for (GgufBenchmark.Sample s : report.samples()) {
            w.printf(Locale.ROOT, "answer         %d tokens, TTFT %.1f ms, e2e %.1f ms, %.1f tokens/s%n",
                    s.tokens(), s.ttftMs(), s.e2eMs(), s.decodeTokensPerSecond());
        }
        double ours = report.medianDecodeTokensPerSecond();
        w.printf(Locale.ROOT, "median         TTFT %.1f ms, %.1f tokens/s%n", report.medianTtftMs(), ours);
        if (llamaBench != null) {
            LlamaBench.Result bench = LlamaBench.run(llamaBench, model, n, maxTokens, 3);
            w.printf(Locale.ROOT, "llama-bench    tg%d %.1f tokens/s (median of %s), llama.cpp %s%n", maxTokens,
                    bench.medianTokensPerSecond(), format(bench.samplesTokensPerSecond()), bench.build());
            w.printf(Locale.ROOT, "ratio          Sidebench / llama-bench = %.2f%n",
                    ours / bench.medianTokensPerSecond());
        }
        if (llamaServer != null) {
            int ctx = context > 0 ? context : 4096;
            try (LlamaServerProcess server = LlamaServerProcess.start(llamaServer, model, n, ctx,
                    Duration.ofMinutes(10))) {
                List<GgufBenchmark.Sample> samples = GgufBenchmark.measure(server.baseUrl(), runs, maxTokens, PROMPT);
                double ttft = GgufBenchmark.medianTtftMs(samples);
                double speed = GgufBenchmark.medianDecodeTokensPerSecond(samples);
                w.printf(Locale.ROOT, "llama-server   TTFT %.1f ms, %.1f tokens/s (median of %d, same client)%n",
                        ttft, speed, samples.size());
                w.printf(Locale.ROOT, "ratio          Sidebench / llama-server: TTFT %.2f, tokens/s %.2f%n",
                        report.medianTtftMs() / ttft, ours / speed);
            }
        }
        return 0;
    }

    private static String format(List<Double> values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.1f", v));
        }
        return s.toString();
    }
}
