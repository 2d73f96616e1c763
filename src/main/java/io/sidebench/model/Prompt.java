package io.sidebench.model;

import java.util.List;
import java.util.Map;

/**
 * A prompt: one or more user turns (multi-turn prompts are first class), an optional system
 * message, a category, the template variables it was expanded from and any assertions.
 *
 * @param id        database id, 0 when not stored yet
 * @param key       the prompt's identifier in its source file (or its ordinal when it had none)
 * @param ordinal   position in its prompt set, starting at 0
 */
public record Prompt(long id, String key, int ordinal, String system, List<Turn> turns, String category,
                     Map<String, String> variables, List<Assertion> assertions) {
    public Prompt {
        if (turns == null || turns.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one turn");
        }
        turns = List.copyOf(turns);
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    public static Prompt single(String key, String user, String reference) {
        return new Prompt(0, key, 0, null, List.of(new Turn(user, reference)), null, Map.of(), List.of());
    }

    public Prompt withId(long newId) {
        return new Prompt(newId, key, ordinal, system, turns, category, variables, assertions);
    }

    public Prompt withOrdinal(int newOrdinal) {
        return new Prompt(id, key, newOrdinal, system, turns, category, variables, assertions);
    }

    public boolean isMultiTurn() {
        return turns.size() > 1;
    }

    /** The first user turn, handy for tables and titles. */
    public String firstUserText() {
        return turns.get(0).user();
    }

    /** The reference of the last turn, which is what single-answer scores compare against. */
    public String finalReference() {
        return turns.get(turns.size() - 1).reference();
    }
}
