package io.sidebench.gui.datasets;

import io.sidebench.model.Prompt;
import java.util.Locale;
import java.util.stream.Collectors;

/** A prompt as the data set tables show it. */
public record PromptRow(String key, String category, int turns, String user, String reference, String variables) {
    private static final int MAX = 300;

    public static PromptRow of(Prompt p) {
        String vars = p.variables().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return new PromptRow(p.key(), p.category() == null ? "" : p.category(), p.turns().size(),
                flat(p.firstUserText()), flat(p.finalReference()), flat(vars));
    }

    private static String flat(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > MAX * 2 ? text.substring(0, MAX * 2) : text;
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX ? s.substring(0, MAX) + "\u2026" : s;
    }

    boolean matches(String needle) {
        return key.toLowerCase(Locale.ROOT).contains(needle) || user.toLowerCase(Locale.ROOT).contains(needle)
                || category.toLowerCase(Locale.ROOT).contains(needle) || reference.toLowerCase(Locale.ROOT).contains(needle);
    }
}
