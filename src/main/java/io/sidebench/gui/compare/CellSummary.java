package io.sidebench.gui.compare;

import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;

/** What a grid cell shows of one completion. */
public record CellSummary(long completionId, CompletionStatus status, String preview, String error, Double e2eMs,
                          Double tokensPerSecond, boolean annotated) {
    static final int PREVIEW = 140;

    static CellSummary of(Completion c, boolean annotated) {
        String text = c.text() == null ? "" : c.text();
        String flat = text.length() > PREVIEW * 2 ? text.substring(0, PREVIEW * 2) : text;
        flat = flat.replaceAll("\\s+", " ").strip();
        if (flat.length() > PREVIEW) {
            flat = flat.substring(0, PREVIEW) + "\u2026";
        }
        return new CellSummary(c.id(), c.status(), flat, c.error(), c.metrics().e2eMs(),
                c.metrics().tokensPerSecond(), annotated);
    }

    public boolean isError() {
        return status == CompletionStatus.ERROR;
    }

    CellSummary withAnnotated(boolean value) {
        return new CellSummary(completionId, status, preview, error, e2eMs, tokensPerSecond, value);
    }
}
