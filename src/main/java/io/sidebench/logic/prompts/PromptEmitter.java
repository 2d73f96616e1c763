package io.sidebench.logic.prompts;

import io.sidebench.model.Assertion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns drafts into prompts and hands them to the sink: expands {@code {{variables}}} from the record's
 * own values or, failing that, once per row of the variables table; refuses duplicate ids.
 */
final class PromptEmitter {
    private final String file;
    private final VariablesTable table;
    private final Consumer<Prompt> sink;
    private final Map<String, Long> keyLines = new HashMap<>();
    private long count;

    PromptEmitter(String file, VariablesTable table, Consumer<Prompt> sink) {
        this.file = file;
        this.table = table;
        this.sink = sink;
    }

    long count() {
        return count;
    }

    String file() {
        return file;
    }

    void emit(PromptDraft draft, long line, long column) throws ImportException {
        Set<String> used = placeholders(draft);
        if (used.isEmpty() || (draft.vars().isEmpty() && table == null)) {
            accept(build(draft, draft.key(), Map.of()), line, column);
            return;
        }
        for (String name : used) {
            if (!Templates.isName(name)) {
                throw new ImportException(file, line, column, "unsupported template expression {{" + shorten(name)
                        + "}}; only {{name}} placeholders are supported");
            }
        }
        if (draft.vars().keySet().containsAll(used)) {
            accept(build(draft, draft.key(), pick(used, draft.vars())), line, column);
            return;
        }
        if (table == null) {
            throw new ImportException(file, line, column, "unknown variable " + firstMissing(used, draft.vars())
                    + "; this record supplies " + Texts.list(draft.vars().keySet()) + " (or give a variables table)");
        }
        int row = 0;
        for (Map<String, String> tableRow : table.rows()) {
            row++;
            Map<String, String> merged = new HashMap<>(tableRow);
            merged.putAll(draft.vars());
            if (!merged.keySet().containsAll(used)) {
                throw new ImportException(file, line, column, "unknown variable " + firstMissing(used, merged)
                        + " (not in the record nor in row " + row + " of the variables table)");
            }
            String key = draft.key() == null ? null : draft.key() + "#" + row;
            accept(build(draft, key, pick(used, merged)), line, column);
        }
    }

    private void accept(Prompt prompt, long line, long column) throws ImportException {
        if (prompt.key() != null) {
            Long first = keyLines.putIfAbsent(prompt.key(), line);
            if (first != null) {
                throw new ImportException(file, line, column, "duplicate id " + Texts.quote(prompt.key())
                        + " (first used on line " + first + ")");
            }
        }
        sink.accept(prompt);
        count++;
    }

    private static Prompt build(PromptDraft d, String key, Map<String, String> vars) {
        List<Turn> turns = new ArrayList<>(d.turns().size());
        for (Turn t : d.turns()) {
            turns.add(new Turn(Templates.expand(t.user(), vars), Templates.expand(t.reference(), vars)));
        }
        List<Assertion> assertions = new ArrayList<>(d.assertions().size());
        for (Assertion a : d.assertions()) {
            assertions.add(new Assertion(a.type(), Templates.expand(a.value(), vars), a.threshold()));
        }
        return new Prompt(0, key, 0, Templates.expand(d.system(), vars), turns, d.category(), vars, assertions);
    }

    private static Set<String> placeholders(PromptDraft d) {
        Set<String> names = new LinkedHashSet<>();
        Templates.placeholders(d.system(), names);
        for (Turn t : d.turns()) {
            Templates.placeholders(t.user(), names);
            Templates.placeholders(t.reference(), names);
        }
        for (Assertion a : d.assertions()) {
            Templates.placeholders(a.value(), names);
        }
        return names;
    }

    private static Map<String, String> pick(Set<String> used, Map<String, String> from) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : used) {
            out.put(name, from.get(name));
        }
        return out;
    }

    private static String firstMissing(Set<String> used, Map<String, String> vars) {
        return used.stream().filter(n -> !vars.containsKey(n)).findFirst().map(n -> "{{" + shorten(n) + "}}").orElse("?");
    }

    private static String shorten(String s) {
        String q = Texts.quote(s);
        return q.substring(1, q.length() - 1);
    }
}
