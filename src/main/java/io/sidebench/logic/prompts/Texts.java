package io.sidebench.logic.prompts;

import java.util.Collection;
import java.util.stream.Collectors;

/** Small helpers for putting file content into one-line error messages safely. */
final class Texts {
    private static final int MAX_QUOTED = 40;

    private Texts() {
    }

    /** Quotes a value from a file: shortened, control characters made visible. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int n = 0;
        for (int i = 0; i < value.length() && n < MAX_QUOTED; i++, n++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_QUOTED) {
            out.append("...");
        }
        return out.append('\'').toString();
    }

    static String list(Collection<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        String joined = names.stream().limit(12).map(Texts::quote).collect(Collectors.joining(", "));
        return names.size() > 12 ? joined + ", ..." : joined;
    }
}
