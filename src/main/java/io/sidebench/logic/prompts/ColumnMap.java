package io.sidebench.logic.prompts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column (CSV, TSV, XLSX) or record field (JSON, JSONL, YAML) supplies each part of a prompt.
 * Parsed from {@code prompt=col,reference=col,system=,category=,id=}: a name selects that column, an
 * empty value means "do not use any column for this", an absent entry means "use the default names".
 */
public final class ColumnMap {
    private static final ColumnMap DEFAULTS = new ColumnMap(new EnumMap<>(PromptField.class));

    private final Map<PromptField, String> explicit;

    private ColumnMap(Map<PromptField, String> explicit) {
        this.explicit = Collections.unmodifiableMap(explicit);
    }

    public static ColumnMap defaults() {
        return DEFAULTS;
    }

    /**
     * Parses a map such as {@code prompt=Question,reference=Answer,system=}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is malformed
     */
    public static ColumnMap parse(String text) {
        EnumMap<PromptField, String> map = new EnumMap<>(PromptField.class);
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--map entry '" + part.trim() + "' needs the form field=column");
            }
            PromptField field = PromptField.fromMapName(part.substring(0, eq));
            if (map.containsKey(field)) {
                throw new IllegalArgumentException("--map names '" + field.mapName() + "' twice");
            }
            map.put(field, part.substring(eq + 1).trim());
        }
        return new ColumnMap(map);
    }

    public static ColumnMap of(Map<PromptField, String> entries) {
        return new ColumnMap(entries.isEmpty() ? new EnumMap<>(PromptField.class) : new EnumMap<>(entries));
    }

    /** The explicit choice for a field: empty optional when absent, an empty string when disabled. */
    public Optional<String> explicit(PromptField field) {
        return Optional.ofNullable(explicit.get(field));
    }

    public boolean isExplicit(PromptField field) {
        return explicit.containsKey(field);
    }

    /** The names to look for, in order: the explicit one, none when disabled, else the defaults. */
    public List<String> candidates(PromptField field) {
        String chosen = explicit.get(field);
        if (chosen == null) {
            return field.defaults();
        }
        return chosen.isEmpty() ? List.of() : List.of(chosen);
    }

    /** Finds the index of the first candidate name among {@code names} (case-insensitive), or -1. */
    public int find(PromptField field, List<String> names) {
        for (String candidate : candidates(field)) {
            String c = normalise(candidate);
            for (int i = 0; i < names.size(); i++) {
                if (normalise(names.get(i)).equals(c)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        explicit.forEach((f, c) -> out.append(out.length() == 0 ? "" : ",").append(f.mapName()).append('=').append(c));
        return out.toString();
    }
}
