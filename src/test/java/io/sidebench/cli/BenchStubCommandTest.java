package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.bench.BenchStubClient;
import io.sidebench.logic.bench.BenchStubStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench-stub}: its URL on the first line, its script as given, its counters printed when it stops. */
class BenchStubCommandTest {

    /** Collects the output and opens a latch when the first line is complete. */
    private static final class FirstLine extends StringWriter {
        final CountDownLatch seen = new CountDownLatch(1);

        @Override
        public void write(String str, int off, int len) {
            super.write(str, off, len);
            if (toString().contains("\n")) {
                seen.countDown();
            }
        }
    }

    @Test
    void printsItsUrlFirstServesTheScriptAndReportsWhenStopped() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        FirstLine out = new FirstLine();
        CommandLine cli = new CommandLine(new BenchStubCommand(stop));
        cli.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> cli.execute("--ttft-ms", "7",
                "--tokens-per-s", "100", "--tokens", "3", "--threads", "4"));
        try {
            assertThat(out.seen.await(30, TimeUnit.SECONDS)).isTrue();
            String url = out.toString().lines().findFirst().orElseThrow();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            BenchStubStats stats = new BenchStubClient(url).stats();
            assertThat(stats.timing().ttftMs()).isEqualTo(7.0);
            assertThat(stats.timing().tokens()).isEqualTo(3);
            assertThat(stats.served()).isZero();
        } finally {
            stop.countDown();
        }
        assertThat(serving.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("bench-stub: served=0 streamed=0 plain=0");
    }
}
