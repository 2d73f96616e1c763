package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.run.RunProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private static RunProgress progress(int done, Duration eta) {
        return new RunProgress(1, 10, done, 1, 0, 2, Duration.ofSeconds(3), eta, List.of(
                new RunProgress.ModelProgress(1, "a", 5, done / 2, 1, eta),
                new RunProgress.ModelProgress(2, "b", 5, done - done / 2, 0, eta)));
    }

    @Test
    void describesDoneErrorsRetriesEtaAndModels() {
        assertThat(ProgressPrinter.describe(progress(4, Duration.ofSeconds(75))))
                .isEqualTo("progress 4/10, errors 1, retries 2, ETA 1m15s | a 2/5 (1 err) | b 2/5");
        assertThat(ProgressPrinter.describe(progress(0, null))).contains("ETA ?");
        assertThat(ProgressPrinter.duration(Duration.ofMinutes(125))).isEqualTo("2h05m");
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlace() {
        StringWriter out = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(out), true, Duration.ZERO);
        printer.print(progress(4, Duration.ofSeconds(75)));
        printer.print(progress(10, Duration.ZERO));
        printer.finish();
        String text = out.toString();
        assertThat(text).startsWith("\rprogress 4/10").contains("\rprogress 10/10").endsWith(System.lineSeparator());
        assertThat(text.chars().filter(ch -> ch == '\n').count()).isEqualTo(1);
    }

    @Test
    void elsewherePlainLinesAreThrottled() {
        StringWriter out = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(out), false, Duration.ofHours(1));
        printer.onProgress(progress(1, null), null);
        printer.onProgress(progress(2, null), null);   // too soon: skipped
        printer.onProgress(progress(10, Duration.ZERO), null); // the last one always shows
        assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("progress "));
    }
}
