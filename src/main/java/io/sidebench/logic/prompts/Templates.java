package io.sidebench.logic.prompts;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {{variable}}} placeholders: finding and filling them. Only plain names are supported. */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");

    private Templates() {
    }

    /** The placeholder contents (trimmed) in order of appearance; may include unsupported expressions. */
    static Set<String> placeholders(String text, Set<String> into) {
        if (text != null && text.contains("{{")) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                into.add(m.group(1).strip());
            }
        }
        return into;
    }

    static Set<String> placeholders(String text) {
        return placeholders(text, new LinkedHashSet<>());
    }

    static boolean isName(String placeholder) {
        return NAME.matcher(placeholder).matches();
    }

    /** Fills every placeholder; callers have checked that {@code vars} holds all of them. */
    static String expand(String text, Map<String, String> vars) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            String value = vars.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
