package io.sidebench.cli;

import io.sidebench.logic.run.RunProgress;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.model.Completion;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a run's progress: on a terminal one line rewritten in place (at most five times a second),
 * otherwise a plain line every {@code intervalNanos} (every finished cell when 0), so logs stay readable.
 */
final class ProgressPrinter implements RunProgressListener {
    private static final long TERMINAL_INTERVAL = 200_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastPrinted = Long.MIN_VALUE;
    private int lastWidth;
    private boolean printedInPlace;

    ProgressPrinter(PrintWriter out, boolean terminal, Duration interval) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = terminal ? TERMINAL_INTERVAL : interval.toNanos();
    }

    @Override
    public synchronized void onProgress(RunProgress progress, Completion completion) {
        long now = System.nanoTime();
        boolean last = progress.done() >= progress.total();
        if (!last && lastPrinted != Long.MIN_VALUE && now - lastPrinted < intervalNanos) {
            return;
        }
        lastPrinted = now;
        print(progress);
    }

    synchronized void print(RunProgress progress) {
        String line = describe(progress);
        if (terminal) {
            String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
            out.print("\r" + line + pad);
            lastWidth = line.length();
            printedInPlace = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the line rewritten in place, before other output. */
    synchronized void finish() {
        if (printedInPlace) {
            out.println();
            out.flush();
            printedInPlace = false;
        }
    }

    static String describe(RunProgress p) {
        StringBuilder sb = new StringBuilder();
        sb.append("progress ").append(p.done()).append('/').append(p.total())
                .append(", errors ").append(p.errors());
        if (p.retries() > 0) {
            sb.append(", retries ").append(p.retries());
        }
        sb.append(", ETA ").append(p.eta() == null ? "?" : duration(p.eta()));
        if (p.models().size() > 1) {
            for (RunProgress.ModelProgress m : p.models()) {
                sb.append(" | ").append(m.name()).append(' ').append(m.done()).append('/').append(m.total());
                if (m.errors() > 0) {
                    sb.append(" (").append(m.errors()).append(" err)");
                }
                if (m.retries() > 0) {
                    sb.append(" (").append(m.retries()).append(m.retries() == 1 ? " retry)" : " retries)");
                }
            }
        }
        return sb.toString();
    }

    static String duration(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
