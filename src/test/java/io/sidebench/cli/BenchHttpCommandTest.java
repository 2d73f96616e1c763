package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.bench.BenchStubServer;
import io.sidebench.logic.bench.StubTiming;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hidden {@code bench-http} command on a tiny workload: it runs, counts and prints what it promises. */
class BenchHttpCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runsEveryCellOverHttpWithTheInProcessStubAndPrintsTheFigures() {
        int code = run("bench-http", "--prompts", "6", "--models", "2", "--concurrency", "3", "--ttft-ms", "5",
                "--tokens-per-s", "2000", "--tokens", "4");

        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("cells: 12 (12 ok, 0 errors), stored: 12, integrity: ok")
                .contains("stub: requests 12, max in flight")
                .contains("served=12 streamed=12 plain=0")
                .contains("ideal: 0.01 s (= ceil(6 cells per model / 3) x 7 ms)")
                .contains("TTFT      median |measured - scripted|")
                .contains("tokens/s  median |measured - scripted|")
                .contains("Sidebench's definition: output tokens / end-to-end seconds")
                .contains("process CPU:").contains("peak heap:").contains("load average");
    }

    @Test
    void usesARunningStubAndItsTimingWhenGivenItsUrlAndSplitsATotalConcurrency() throws Exception {
        try (BenchStubServer stub = BenchStubServer.start(new StubTiming(3, 1000, 3), 0, 16, List.of())) {
            int code = run("bench-http", "--url", stub.baseUrl(), "--prompts", "4", "--models", "2",
                    "--total-concurrency", "4");

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("(external stub)")
                    .contains("script: TTFT 3 ms, 1000 tokens/s, 3 tokens per answer = 5 ms each")
                    .contains("concurrency: 2 per model").contains("cells: 8 (8 ok, 0 errors)");
            assertThat(stub.awaitFinished(8, java.time.Duration.ofSeconds(30))).isTrue();
            assertThat(stub.stats().served()).isEqualTo(8);
            assertThat(stub.stats().maxInFlight()).isBetween(1, 4);
        }
    }

    @Test
    void refusesATotalConcurrencyThatModelsCannotShare() {
        int code = run("bench-http", "--prompts", "4", "--models", "3", "--total-concurrency", "4");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--total-concurrency 4 must be a multiple of --models 3");
    }
}
