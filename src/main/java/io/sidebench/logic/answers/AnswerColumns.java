package io.sidebench.logic.answers;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns (or record fields) the user chose for parts of an answer record: a name selects that column, an
 * empty name means "no column for this", an absent entry means "found by the usual names".
 */
public final class AnswerColumns {
    private static final AnswerColumns USUAL = new AnswerColumns(new EnumMap<>(AnswerField.class));
    private final Map<AnswerField, String> explicit;

    private AnswerColumns(Map<AnswerField, String> explicit) {
        this.explicit = Collections.unmodifiableMap(explicit);
    }

    public static AnswerColumns usual() {
        return USUAL;
    }

    public static AnswerColumns of(Map<AnswerField, String> entries) {
        return entries.isEmpty() ? USUAL : new AnswerColumns(new EnumMap<>(entries));
    }

    /** The explicit choice: empty optional when absent, an empty string when "no column". */
    public Optional<String> explicit(AnswerField field) {
        return Optional.ofNullable(explicit.get(field));
    }

    public boolean isUsual() {
        return explicit.isEmpty();
    }

    /** The column index of {@code field} among {@code names}, or -1: the chosen column, else the usual names. */
    int find(AnswerField field, List<String> names) {
        String chosen = explicit.get(field);
        if (chosen == null) {
            return new Header(0, names).find(field.usualNames().toArray(String[]::new));
        }
        if (chosen.isBlank()) {
            return -1;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null && names.get(i).replace("\uFEFF", "").strip().equals(chosen.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The column {@code field} resolves to among {@code names}: the chosen one or the usual one; null when none. */
    public String column(AnswerField field, List<String> names) {
        int i = find(field, names);
        return i < 0 ? null : names.get(i);
    }

    /**
     * A wide table's model columns when none are chosen: every column that is not the id, prompt or reference
     * (as this map resolves them), nor a category or system column.
     */
    public List<String> wideModelColumns(List<String> names) {
        Header h = new Header(0, names);
        java.util.Set<Integer> fixed = new java.util.HashSet<>(List.of(find(AnswerField.ID, names),
                find(AnswerField.PROMPT, names), find(AnswerField.REFERENCE, names), h.find(Header.CATEGORY),
                h.find(Header.SYSTEM)));
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!fixed.contains(i) && !h.names().get(i).isBlank()) {
                out.add(h.names().get(i));
            }
        }
        return out;
    }

    /** The field names to look for in a JSON record: the chosen one, none, or the usual names. */
    String[] jsonNames(AnswerField field, String... usual) {
        String chosen = explicit.get(field);
        if (chosen == null) {
            return usual;
        }
        return chosen.isBlank() ? new String[0] : new String[] {chosen.strip()};
    }
}
