package io.sidebench.gui.run;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;

/**
 * How a run is named in every list of runs (run screen, Compare, Analyse, Report): id, name, status and date, in
 * the order the store lists runs (newest first).
 */
public final class RunLabels {
    private RunLabels() {
    }

    public static String of(Messages messages, Run run) {
        if (run == null) {
            return "";
        }
        String name = run.name() == null || run.name().isBlank() ? "" : run.name();
        return messages.format("run.historyLabel", run.id(), name, status(messages, run.status()),
                messages.dateTime(run.createdAt())).replace(" \u00B7  \u00B7 ", " \u00B7 ");
    }

    public static String status(Messages messages, RunStatus status) {
        return messages.get("run.status." + status.name());
    }

    /** A run that a resume can continue: it did not finish (cancelled, interrupted, paused, never started). */
    public static boolean resumable(Run run) {
        return run != null && run.status() != RunStatus.FINISHED;
    }
}
