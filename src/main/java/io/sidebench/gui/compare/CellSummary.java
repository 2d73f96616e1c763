package io.sidebench.gui.compare;

import io.sidebench.logic.store.GridRepository.CellLine;
import io.sidebench.model.CompletionStatus;

/** What a grid cell shows of one completion. */
public record CellSummary(long completionId, CompletionStatus status, String preview, String error, Double e2eMs,
                          Double tokensPerSecond, boolean annotated) {
    static final int PREVIEW = 140;
    /** Characters of an answer read from the store for a preview (whitespace runs shrink when flattened). */
    static final int READ = PREVIEW * 2;

    static CellSummary of(CellLine c) {
        String text = c.textStart() == null ? "" : c.textStart();
        String flat = text.length() > READ ? text.substring(0, READ) : text;
        flat = flatten(flat);
        if (flat.length() > PREVIEW) {
            flat = flat.substring(0, PREVIEW) + "\u2026";
        }
        return new CellSummary(c.completionId(), c.status(), flat, c.error(), c.e2eMs(), c.tokensPerSecond(),
                c.annotated());
    }

    /** Collapses every run of whitespace into one space and strips the ends (no regex: it runs per cell). */
    static String flatten(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    public boolean isError() {
        return status == CompletionStatus.ERROR;
    }

    CellSummary withAnnotated(boolean value) {
        return new CellSummary(completionId, status, preview, error, e2eMs, tokensPerSecond, value);
    }
}
