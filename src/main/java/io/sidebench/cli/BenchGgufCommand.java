package io.sidebench.cli;

import io.sidebench.logic.providers.gguf.GgufBenchmark;
import io.sidebench.logic.providers.gguf.GgufProcess;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times a local GGUF model through the child-JVM server: load time, TTFT and decode tokens/s. */
@Command(name = "bench-gguf", hidden = true, mixinStandardHelpOptions = true,
        description = "Load a GGUF model in a child JVM and time streamed greedy answers.")
final class BenchGgufCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "the .gguf file")
    Path model;

    @Option(names = "--runs", defaultValue = "5", description = "answers to time (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--max-tokens", defaultValue = "128", description = "tokens per answer (default ${DEFAULT-VALUE})")
    int maxTokens;

    @Option(names = "--threads", defaultValue = "0", description = "llama.cpp threads, 0 for all processors")
    int threads;

    @Option(names = "--ctx", defaultValue = "0", description = "context size, 0 for the model's (max 4096)")
    int context;

    @Override
    public Integer call() throws Exception {
        GgufProcess.Options options = GgufProcess.Options.defaults().withThreads(threads).withContextSize(context)
                .withStartTimeout(Duration.ofMinutes(10));
        GgufBenchmark.Report report = GgufBenchmark.run(model, options, runs, maxTokens,
                "Write a short story about a lighthouse keeper.");
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "model          %s%n", report.model());
        out.printf(Locale.ROOT, "load           %d ms (child JVM start + native library + model)%n",
                report.loadTime().toMillis());
        for (GgufBenchmark.Sample s : report.samples()) {
            out.printf(Locale.ROOT, "answer         %d tokens, TTFT %.1f ms, e2e %.1f ms, %.0f tokens/s%n",
                    s.tokens(), s.ttftMs(), s.e2eMs(), s.decodeTokensPerSecond());
        }
        out.printf(Locale.ROOT, "median         TTFT %.1f ms, %.0f tokens/s%n", report.medianTtftMs(),
                report.medianDecodeTokensPerSecond());
        return 0;
    }
}
