package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerRecord;
import io.sidebench.model.Metrics;

/** One record of an answer file as the import preview shows it: as it will be stored, before matching. */
public record AnswerPreviewRow(long line, String prompt, String model, String turn, String answer, String speed) {
    private static final int MAX = 200;

    static AnswerPreviewRow of(AnswerRecord r, Messages messages) {
        String prompt = r.promptId() != null ? r.promptId() + (r.promptTurns().isEmpty() ? ""
                : " \u00B7 " + r.promptTurns().get(0)) : r.promptTurns().isEmpty() ? "" : r.promptTurns().get(0);
        String turn = r.turn() > 0 ? String.valueOf(r.turn())
                : r.answers().size() > 1 ? messages.format("answers.preview.allTurns", r.answers().size()) : "";
        return new AnswerPreviewRow(r.line(), flat(prompt), r.model() == null ? "" : r.model(), turn,
                flat(String.join(" \u2016 ", r.answers())), speed(r.metrics(), messages));
    }

    private static String speed(Metrics m, Messages messages) {
        if (m == null || m == Metrics.NONE) {
            return messages.get("answers.preview.noSpeed");
        }
        StringBuilder out = new StringBuilder();
        if (m.ttftMs() != null) {
            out.append("TTFT ").append(messages.number(m.ttftMs(), 0)).append(" ms ");
        }
        if (m.e2eMs() != null) {
            out.append(messages.format("answers.preview.latency", messages.number(m.e2eMs(), 0))).append(' ');
        }
        if (m.outputTokens() != null) {
            out.append(messages.format("answers.preview.tokens", m.outputTokens())).append(' ');
        }
        if (m.cost() != null) {
            out.append('$').append(messages.number(m.cost(), 4));
        }
        return out.toString().strip();
    }

    private static String flat(String text) {
        String s = text == null ? "" : text.length() > MAX * 2 ? text.substring(0, MAX * 2) : text;
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX ? s.substring(0, MAX) + "\u2026" : s;
    }
}
