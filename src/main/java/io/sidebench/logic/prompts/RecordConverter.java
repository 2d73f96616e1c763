package io.sidebench.logic.prompts;

import io.sidebench.model.Assertion;
import io.sidebench.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one JSON/YAML record into a prompt draft. Shapes, detected per record unless forced:
 * <ul>
 * <li>OpenAI Evals: {@code input} is a list of chat messages (or text), {@code ideal} the reference(s);</li>
 * <li>MT-Bench: {@code turns} is a list of user messages with an optional parallel {@code reference} list;</li>
 * <li>plain: a {@code prompt}/{@code question}/... field (text, or a list of texts for several turns), or
 * chat {@code messages}, with optional reference, system, category, id, {@code vars} and {@code assert}.</li>
 * </ul>
 * Other scalar fields are template variables.
 */
final class RecordConverter {
    enum Shape { AUTO, PLAIN, OPENAI_EVALS, MT_BENCH }

    private static final Set<String> RESERVED = Set.of("vars", "variables", "assert", "messages", "input", "ideal",
            "turns", "reference", "metadata");

    private final NodeValues values;
    private final ChatMessages chat;
    private final ColumnMap columns;
    private final Shape forced;
    private final ImportHints hints;

    RecordConverter(String file, ColumnMap columns, Shape forced) {
        this(file, columns, forced, ImportHints.CLI);
    }

    RecordConverter(String file, ColumnMap columns, Shape forced, ImportHints hints) {
        this.hints = hints;
        this.values = new NodeValues(file);
        this.chat = new ChatMessages(values);
        this.columns = columns;
        this.forced = forced;
    }

    /** The shape of a record when not forced. */
    static Shape detect(Node.Obj record, ColumnMap columns) {
        if (columns.isExplicit(PromptField.PROMPT)) {
            return Shape.PLAIN;
        }
        if (record.get("input") instanceof Node.Arr || record.get("ideal") != null && record.get("input") != null) {
            return Shape.OPENAI_EVALS;
        }
        if (record.get("turns") != null) {
            return Shape.MT_BENCH;
        }
        return Shape.PLAIN;
    }

    PromptDraft convert(Node node) throws ImportException {
        Node.Obj record = values.object(node, "a prompt record");
        hints.columnsFound(List.copyOf(record.fields().keySet()));
        Shape shape = forced == Shape.AUTO ? detect(record, columns) : forced;
        switch (shape) {
            case OPENAI_EVALS:
                return evals(record);
            case MT_BENCH:
                return mtBench(record);
            default:
                return plain(record);
        }
    }

    private PromptDraft evals(Node.Obj r) throws ImportException {
        Node input = r.get("input");
        if (input == null) {
            throw values.error(r, "an OpenAI Evals sample needs 'input' (a list of chat messages)");
        }
        String system = null;
        List<Turn> turns;
        if (input instanceof Node.Scalar) {
            turns = new ArrayList<>(List.of(Turn.of(nonBlank(input, "input"))));
        } else {
            ChatMessages.Conversation c = chat.read(input, "input");
            system = c.system();
            turns = new ArrayList<>(c.turns());
        }
        List<Assertion> assertions = new ArrayList<>(values.assertions(r.get("assert")));
        Node ideal = r.get("ideal");
        if (ideal != null && !isNull(ideal)) {
            List<String> ideals = values.texts(ideal, "ideal", false);
            if (!ideals.isEmpty()) {
                setLastReference(turns, ideals.get(0));
            }
            if (ideals.size() > 1) {
                assertions.add(new Assertion("equals-any", io.sidebench.logic.util.Json.write(ideals), null));
            }
        }
        return new PromptDraft(key(r), system, turns, category(r), assertions, vars(r));
    }

    private PromptDraft mtBench(Node.Obj r) throws ImportException {
        Node turnsNode = r.get("turns");
        if (turnsNode == null) {
            throw values.error(r, "a multi-turn record needs 'turns' (a list of user messages)");
        }
        List<String> users = values.texts(turnsNode, "turns", false);
        if (users.isEmpty()) {
            throw values.error(turnsNode, "turns is empty");
        }
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).isBlank()) {
                throw values.error(turnsNode, "turn " + (i + 1) + " is empty");
            }
        }
        List<String> refs = references(r.get("reference"), users.size());
        List<Turn> turns = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            turns.add(new Turn(users.get(i), refs.get(i)));
        }
        return new PromptDraft(key(r), system(r), turns, category(r), values.assertions(r.get("assert")), vars(r));
    }

    private PromptDraft plain(Node.Obj r) throws ImportException {
        Map.Entry<String, Node> p = r.first(columns.candidates(PromptField.PROMPT));
        String system = system(r);
        List<Turn> turns;
        if (p == null && r.get("messages") != null && !columns.isExplicit(PromptField.PROMPT)) {
            ChatMessages.Conversation c = chat.read(r.get("messages"), "messages");
            turns = new ArrayList<>(c.turns());
            system = system != null ? system : c.system();
        } else if (p == null) {
            throw values.error(r, "no prompt field (looked for " + String.join(", ", columns.candidates(PromptField.PROMPT))
                    + "); the record has " + Texts.list(r.fields().keySet()) + "; " + hints.choosePromptColumn(false));
        } else {
            List<String> users = values.texts(p.getValue(), p.getKey(), false);
            if (users.isEmpty() || users.stream().anyMatch(String::isBlank)) {
                throw values.error(p.getValue(), "empty prompt in " + Texts.quote(p.getKey()));
            }
            Map.Entry<String, Node> ref = r.first(columns.candidates(PromptField.REFERENCE));
            List<String> refs = references(ref == null ? null : ref.getValue(), users.size());
            turns = new ArrayList<>(users.size());
            for (int i = 0; i < users.size(); i++) {
                turns.add(new Turn(users.get(i), refs.get(i)));
            }
        }
        return new PromptDraft(key(r), system, turns, category(r), values.assertions(r.get("assert")), vars(r));
    }

    /** References for n turns: a parallel list (may be shorter), or one text for the last turn. */
    private List<String> references(Node ref, int n) throws ImportException {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(n, (String) null));
        if (ref == null || isNull(ref)) {
            return out;
        }
        if (ref instanceof Node.Arr) {
            List<String> list = values.texts(ref, "reference", true);
            if (list.size() > n) {
                throw values.error(ref, "reference has " + list.size() + " entries but there " + (n == 1 ? "is only 1 turn" : "are only " + n + " turns"));
            }
            for (int i = 0; i < list.size(); i++) {
                out.set(i, list.get(i));
            }
        } else {
            out.set(n - 1, values.scalar(ref, "reference"));
        }
        return out;
    }

    private String nonBlank(Node n, String what) throws ImportException {
        String s = values.text(n, what);
        if (s.isBlank()) {
            throw values.error(n, "empty " + what);
        }
        return s;
    }

    private String key(Node.Obj r) throws ImportException {
        Map.Entry<String, Node> e = r.first(columns.candidates(PromptField.ID));
        String key = e == null ? null : values.optional(e.getValue(), e.getKey());
        return key == null ? null : key.strip();
    }

    private String system(Node.Obj r) throws ImportException {
        Map.Entry<String, Node> e = r.first(columns.candidates(PromptField.SYSTEM));
        return e == null ? null : values.optional(e.getValue(), e.getKey());
    }

    private String category(Node.Obj r) throws ImportException {
        Map.Entry<String, Node> e = r.first(columns.candidates(PromptField.CATEGORY));
        if (e == null) {
            return null;
        }
        if (e.getValue() instanceof Node.Arr) {
            return String.join(", ", values.texts(e.getValue(), e.getKey(), false));
        }
        return values.optional(e.getValue(), e.getKey());
    }

    /** Variables: the record's other scalar fields, overridden by an explicit vars/variables object. */
    private Map<String, String> vars(Node.Obj r) throws ImportException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : r.fields().entrySet()) {
            if (!RESERVED.contains(e.getKey()) && e.getValue() instanceof Node.Scalar && ((Node.Scalar) e.getValue()).value() != null) {
                out.put(e.getKey(), ((Node.Scalar) e.getValue()).asText());
            }
        }
        Node explicit = r.get("vars") != null ? r.get("vars") : r.get("variables");
        if (explicit != null && !isNull(explicit)) {
            for (Map.Entry<String, Node> e : values.object(explicit, "vars").fields().entrySet()) {
                Node v = e.getValue();
                out.put(e.getKey(), v instanceof Node.Scalar ? ((Node.Scalar) v).asText() : NodeValues.jsonText(v));
            }
        }
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    private static void setLastReference(List<Turn> turns, String reference) {
        int last = turns.size() - 1;
        turns.set(last, new Turn(turns.get(last).user(), reference));
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.Scalar && ((Node.Scalar) n).value() == null;
    }
}
