package io.sidebench.cli;

import io.sidebench.logic.bench.BenchStubServer;
import io.sidebench.logic.bench.StubTiming;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Serves the benchmark stub until the process is killed, for benchmark scripts (e.g. the promptfoo
 * comparison): the first line printed is the base URL; on exit the counters are printed.
 */
@Command(name = "bench-stub", hidden = true, mixinStandardHelpOptions = true,
        description = {"Serve a loopback OpenAI-compatible benchmark stub with scripted timing until killed.",
            "Prints its base URL on the first line. GET <url>/bench/stats gives its counters as JSON,",
            "POST <url>/bench/reset returns them and sets them to zero."})
final class BenchStubCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScriptedAnswerOptions answer;

    @Option(names = "--port", defaultValue = "0", description = "port on 127.0.0.1 (0: a free one)")
    int port;

    @Option(names = "--threads", defaultValue = "" + BenchStubServer.DEFAULT_THREADS,
            description = "the most requests answered at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--model-names", defaultValue = "8", description = "models listed by GET /models: bench-1..bench-N")
    int modelNames;

    private final CountDownLatch stop;

    BenchStubCommand() {
        this(new CountDownLatch(1));
    }

    /** @param stop serving ends when it opens (tests); the command line never opens it */
    BenchStubCommand(CountDownLatch stop) {
        this.stop = stop;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StubTiming timing;
        try {
            timing = new StubTiming(answer.ttftMs, answer.tokensPerSecond, answer.tokens);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= modelNames; i++) {
            names.add("bench-" + i);
        }
        BenchStubServer server = BenchStubServer.start(timing, port, threads, names);
        out.println(server.baseUrl());
        out.printf(Locale.ROOT, "bench-stub: TTFT %.0f ms, %.0f tokens/s, %d tokens per answer (%.0f ms each), "
                + "%d threads; stop with Ctrl-C or kill%n", answer.ttftMs, answer.tokensPerSecond, answer.tokens,
                timing.answerMs(), threads);
        out.flush();
        Thread onExit = new Thread(() -> {
            out.println("bench-stub: " + server.stats().summaryLine());
            out.flush();
            server.close();
        }, "bench-stub-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
        stop.await();
        Runtime.getRuntime().removeShutdownHook(onExit);
        onExit.run();
        return 0;
    }
}
