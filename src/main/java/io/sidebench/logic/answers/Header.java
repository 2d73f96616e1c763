package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A table's header row: finds columns by their usual names (ignoring case, spaces, '-' and '_'). */
final class Header {
    static final String[] ID = {"id", "prompt_id", "question_id", "promptid", "key"};
    static final String[] PROMPT = {"prompt", "question", "input", "instruction", "prompt_text"};
    static final String[] REFERENCE = {"reference", "ideal", "expected", "target", "gold"};
    static final String[] MODEL = {"model", "model_id", "model_name", "provider"};
    static final String[] ANSWER = {"answer", "output", "response", "completion"};
    static final String[] TURN = {"turn"};
    static final String[] LATENCY = {"latency_ms", "latencyms", "e2e_ms", "latency"};
    static final String[] TTFT = {"ttft_ms", "ttft"};
    static final String[] TOKENS = {"output_tokens", "completion_tokens", "tokens"};
    static final String[] COST = {"cost", "cost_usd"};
    static final String[] CATEGORY = {"category", "topic"};
    static final String[] SYSTEM = {"system"};

    private final List<String> names;
    final long line;

    Header(long line, List<String> cells) {
        this.line = line;
        this.names = new ArrayList<>();
        for (String c : cells) {
            names.add(c == null ? "" : c.replace("\uFEFF", "").strip());
        }
    }

    List<String> names() {
        return names;
    }

    /** The column of the first name found, or -1. */
    int find(String... wanted) {
        for (String w : wanted) {
            for (int i = 0; i < names.size(); i++) {
                if (norm(names.get(i)).equals(norm(w))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The column of {@code field}: the one chosen in {@code columns}, else the usual names; -1 when none.
     *
     * @throws ImportException when the chosen column is not in the header
     */
    int find(String file, AnswerColumns columns, AnswerField field) throws ImportException {
        int i = columns.find(field, names);
        String chosen = columns.explicit(field).orElse("");
        if (i < 0 && !chosen.isBlank()) {
            throw new ImportException(file, line, 0, "the column " + ImportProblems.quote(chosen) + " chosen for "
                    + field.key() + " is not in the header (" + String.join(", ", names) + ")");
        }
        return i;
    }

    /** As {@link #find(String, AnswerColumns, AnswerField)}, but the field must have a column. */
    int require(String file, AnswerColumns columns, AnswerField field) throws ImportException {
        int i = find(file, columns, field);
        if (i < 0) {
            throw new ImportException(file, line, 0, "no " + field.key() + " column; the header has "
                    + String.join(", ", names) + (columns.explicit(field).isPresent() ? ""
                    : " (expected one of " + String.join(", ", field.usualNames()) + ")"));
        }
        return i;
    }

    int require(String file, String what, String... wanted) throws ImportException {
        int i = find(wanted);
        if (i < 0) {
            throw new ImportException(file, line, 0, "no " + what + " column; the header has " + String.join(", ", names)
                    + " (expected one of " + String.join(", ", wanted) + ")");
        }
        return i;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    static String cell(List<String> cells, int col) {
        if (col < 0 || col >= cells.size()) {
            return null;
        }
        String v = cells.get(col);
        return v == null || v.isBlank() ? null : v;
    }

    /** A number cell, {@code null} when blank; an error names the cell. */
    static Double number(String file, long line, List<String> cells, int col, String what) throws ImportException {
        String v = cell(cells, col);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, col + 1, what + " must be a number, found " + ImportProblems.quote(v));
        }
    }
}
