package io.sidebench.logic.answers;

import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a set's prompt for a record: by id (the prompt's key), else by its text with whitespace normalised
 * (all turns, or the first turn when that alone is unique in the set).
 */
final class PromptIndex {
    private static final Prompt AMBIGUOUS = Prompt.single("?", "?", null);

    private final Map<String, Prompt> byKey = new HashMap<>();
    private final Map<String, Prompt> byText = new HashMap<>();
    private final Map<String, Prompt> byFirstTurn = new HashMap<>();

    PromptIndex(List<Prompt> prompts) {
        prompts.forEach(this::add);
    }

    void add(Prompt p) {
        byKey.put(p.key(), p);
        byText.merge(normalize(p.turns().stream().map(Turn::user).toList()), p, (a, b) -> AMBIGUOUS);
        byFirstTurn.merge(normalize(List.of(p.firstUserText())), p, (a, b) -> AMBIGUOUS);
    }

    /** What a lookup found: the prompt, or why there is none. */
    record Match(Prompt prompt, String problem) {
    }

    Match find(String id, List<String> turns) {
        if (id != null && !id.isBlank()) {
            Prompt p = byKey.get(id.strip());
            return p != null ? new Match(p, null) : new Match(null, "no prompt with id " + ImportProblems.quote(id));
        }
        if (turns.isEmpty()) {
            return new Match(null, "the record names no prompt (neither an id nor the prompt's text)");
        }
        String text = normalize(turns);
        Prompt p = byText.get(text);
        if (p == null && turns.size() == 1) {
            p = byFirstTurn.get(text);
        }
        if (p == AMBIGUOUS) {
            return new Match(null, "the prompt text " + ImportProblems.quote(turns.get(0))
                    + " is in the set more than once; give prompt ids");
        }
        return p != null ? new Match(p, null) : new Match(null, "no prompt with the text "
                + ImportProblems.quote(turns.get(0)));
    }

    /** Whitespace runs become one space, ends trimmed; turns joined by a line break. */
    static String normalize(List<String> turns) {
        StringBuilder out = new StringBuilder();
        for (String t : turns) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(t == null ? "" : t.strip().replaceAll("\\s+", " "));
        }
        return out.toString();
    }
}
