package io.sidebench.gui.run;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.run.RunProgress;
import java.time.Duration;

/** The run screen's progress lines: while running with the ETA, once ended without it (nothing is left to estimate). */
final class ProgressTexts {
    private final Messages messages;

    ProgressTexts(Messages messages) {
        this.messages = messages;
    }

    String summary(RunProgress p, boolean ended) {
        if (!ended) {
            return messages.format("run.summaryRetries", p.done(), p.total(), p.errors(), p.retries(), p.cached(),
                    eta(p.eta()));
        }
        if (p.cancelled() > 0) {
            return messages.format("run.summaryCancelled", p.done(), p.total(), p.errors(), p.retries(), p.cached(),
                    p.cancelled());
        }
        return messages.format("run.summaryEnded", p.done(), p.total(), p.errors(), p.retries(), p.cached());
    }

    String model(RunProgress.ModelProgress m, boolean ended) {
        return ended
                ? messages.format("run.modelDetailEnded", m.done(), m.total(), m.errors(), m.attempts(), m.retries())
                : messages.format("run.modelDetailRetries", m.done(), m.total(), m.errors(), m.attempts(), m.retries(),
                eta(m.eta()));
    }

    static String eta(Duration d) {
        if (d == null) {
            return "\u2013";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
