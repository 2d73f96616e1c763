package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonParser;
import io.sidebench.model.Assertion;
import io.sidebench.model.Turn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A promptfoo configuration: every prompt template of {@code prompts} crossed with every test of
 * {@code tests} (merged with {@code defaultTest}), the test's {@code vars} filling the template. A variable
 * holding a list yields one prompt per value (per combination for several). {@code assert} entries are
 * kept as assertions; the first equals (else similar, else contains) value becomes the reference. A prompt
 * that is a JSON list of chat messages becomes a system message and turns.
 */
final class PromptfooConfig {
    static final int MAX_COMBINATIONS = 10_000;
    private static final List<Set<String>> REFERENCE_TYPES = List.of(Set.of("equals"), Set.of("similar"),
            Set.of("contains", "icontains", "starts-with"));

    private record Template(String key, String label, String text, Node at) {
    }

    private record Test(Map<String, Node> vars, List<Assertion> assertions, Node at) {
    }

    private final NodeValues values;
    private final Parsers parsers;

    PromptfooConfig(NodeValues values, Parsers parsers) {
        this.values = values;
        this.parsers = parsers;
    }

    /** True when an object looks like a promptfoo config rather than a prompt record. */
    static boolean looksLikeConfig(Node.Obj root) {
        Node prompts = root.get("prompts");
        return prompts != null && (root.get("tests") != null || root.get("providers") != null
                || root.get("defaultTest") != null || prompts instanceof Node.Arr
                && ((Node.Arr) prompts).items().stream().allMatch(n -> n instanceof Node.Scalar));
    }

    void emit(Node.Obj root, PromptEmitter emitter) throws ImportException {
        List<Template> templates = templates(root);
        Test defaults = new Test(Map.of(), List.of(), root);
        Node defaultTest = root.get("defaultTest");
        if (defaultTest != null) {
            defaults = test(values.object(defaultTest, "defaultTest"), new Test(Map.of(), List.of(), root));
        }
        List<Test> tests = new ArrayList<>();
        Node testsNode = root.get("tests");
        if (testsNode instanceof Node.Scalar && ((Node.Scalar) testsNode).isText()) {
            throw values.error(testsNode, "tests loaded from files (" + Texts.quote(((Node.Scalar) testsNode).asText())
                    + ") are not supported; list the tests in the config");
        }
        if (testsNode != null && !(testsNode instanceof Node.Arr)) {
            throw values.error(testsNode, "tests must be a list, found " + testsNode.kind());
        }
        if (testsNode != null) {
            for (Node t : ((Node.Arr) testsNode).items()) {
                if (t instanceof Node.Scalar && ((Node.Scalar) t).isText()) {
                    throw values.error(t, "tests loaded from files are not supported; list the tests in the config");
                }
                tests.add(test(values.object(t, "each test"), defaults));
            }
        }
        if (tests.isEmpty()) {
            tests.add(defaults);
        }
        for (Template template : templates) {
            int t = 0;
            for (Test test : tests) {
                t++;
                List<Map<String, String>> combos = combinations(test);
                int k = 0;
                for (Map<String, String> vars : combos) {
                    k++;
                    String key = template.key() + "/t" + t + (combos.size() > 1 ? "#" + k : "");
                    emitter.emit(draft(template, test, key, vars, templates.size() > 1), test.at().line(), test.at().column());
                }
            }
        }
    }

    private List<Template> templates(Node.Obj root) throws ImportException {
        Node prompts = root.get("prompts");
        if (prompts == null) {
            throw values.error(root, "a promptfoo config needs 'prompts'");
        }
        List<Node> items = prompts instanceof Node.Arr ? ((Node.Arr) prompts).items() : List.of(prompts);
        if (items.isEmpty()) {
            throw values.error(prompts, "prompts is empty");
        }
        List<Template> out = new ArrayList<>();
        int i = 0;
        for (Node item : items) {
            i++;
            String text;
            String label = null;
            if (item instanceof Node.Obj) {
                Node.Obj o = (Node.Obj) item;
                Node raw = o.get("raw") != null ? o.get("raw") : o.get("prompt") != null ? o.get("prompt") : o.get("content");
                if (raw == null) {
                    throw values.error(o, "a prompt object needs 'raw' (the prompt text)");
                }
                text = values.text(raw, "raw");
                label = values.optional(o.get("label") != null ? o.get("label") : o.get("id"), "label");
            } else {
                text = values.text(item, "each prompt");
            }
            if (text.strip().startsWith("file://")) {
                throw values.error(item, "prompts loaded from files (" + Texts.quote(text.strip())
                        + ") are not supported; paste the prompt into the config");
            }
            if (text.isBlank()) {
                throw values.error(item, "empty prompt");
            }
            out.add(new Template(label != null ? label : "p" + i, label, text, item));
        }
        return out;
    }

    private Test test(Node.Obj t, Test defaults) throws ImportException {
        Map<String, Node> vars = new LinkedHashMap<>(defaults.vars());
        Node v = t.get("vars");
        if (v instanceof Node.Scalar && ((Node.Scalar) v).isText()) {
            throw values.error(v, "vars loaded from files are not supported; list the vars in the config");
        }
        if (v != null && !(v instanceof Node.Scalar && ((Node.Scalar) v).value() == null)) {
            vars.putAll(values.object(v, "vars").fields());
        }
        List<Assertion> assertions = new ArrayList<>(defaults.assertions());
        assertions.addAll(values.assertions(t.get("assert")));
        return new Test(vars, assertions, t);
    }

    /** One map per combination of list-valued variables (a single map when there are none). */
    private List<Map<String, String>> combinations(Test test) throws ImportException {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, Node> e : test.vars().entrySet()) {
            List<String> options = new ArrayList<>();
            if (e.getValue() instanceof Node.Arr) {
                for (Node item : ((Node.Arr) e.getValue()).items()) {
                    options.add(item instanceof Node.Scalar ? ((Node.Scalar) item).asText() : NodeValues.jsonText(item));
                }
                if (options.isEmpty()) {
                    throw values.error(e.getValue(), "variable " + Texts.quote(e.getKey()) + " is an empty list");
                }
            } else {
                options.add(e.getValue() instanceof Node.Scalar ? ((Node.Scalar) e.getValue()).asText()
                        : NodeValues.jsonText(e.getValue()));
            }
            if ((long) combos.size() * options.size() > MAX_COMBINATIONS) {
                throw values.error(e.getValue(), "the list-valued vars of this test make more than "
                        + MAX_COMBINATIONS + " combinations");
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combo : combos) {
                for (String option : options) {
                    Map<String, String> m = new LinkedHashMap<>(combo);
                    m.put(e.getKey(), option == null ? "" : option);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    private PromptDraft draft(Template template, Test test, String key, Map<String, String> vars, boolean labelled)
            throws ImportException {
        String system = null;
        List<Turn> turns;
        String text = template.text().strip();
        if (text.startsWith("[") && text.endsWith("]") && text.contains("\"role\"")) {
            ChatMessages.Conversation c = new ChatMessages(values).read(parseChat(template), "the chat prompt");
            system = c.system();
            turns = new ArrayList<>(c.turns());
        } else {
            turns = new ArrayList<>(List.of(Turn.of(template.text())));
        }
        String reference = reference(test.assertions());
        if (reference != null && turns.get(turns.size() - 1).reference() == null) {
            int last = turns.size() - 1;
            turns.set(last, new Turn(turns.get(last).user(), reference));
        }
        return new PromptDraft(key, system, turns, labelled ? template.key() : null, test.assertions(), vars);
    }

    private Node parseChat(Template template) throws ImportException {
        long offset = Math.max(0, template.at().line() - 1);
        try (JsonParser p = parsers.json(template.text().strip())) {
            p.nextToken();
            return new NodeReader(values.file(), offset).read(p);
        } catch (IOException e) {
            throw Parsers.translate(values.file(), e, offset);
        }
    }

    private static String reference(List<Assertion> assertions) {
        for (Set<String> types : REFERENCE_TYPES) {
            for (Assertion a : assertions) {
                if (types.contains(a.type()) && a.value() != null && !a.value().isBlank()) {
                    return a.value();
                }
            }
        }
        return null;
    }
}
