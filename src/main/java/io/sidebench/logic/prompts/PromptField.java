package io.sidebench.logic.prompts;

import java.util.List;
import java.util.Locale;

/** The parts of a prompt that a column (or a record field) can supply, with the names looked for by default. */
public enum PromptField {
    PROMPT("prompt", List.of("prompt", "question", "input", "instruction", "query", "user", "text")),
    REFERENCE("reference", List.of("reference", "expected", "expected_output", "ideal", "answer", "target",
            "reference_answer", "output")),
    SYSTEM("system", List.of("system", "system_prompt", "system_message")),
    CATEGORY("category", List.of("category", "topic", "type", "task")),
    ID("id", List.of("id", "key", "question_id", "prompt_id", "uid"));

    private final String mapName;
    private final List<String> defaults;

    PromptField(String mapName, List<String> defaults) {
        this.mapName = mapName;
        this.defaults = defaults;
    }

    public String mapName() {
        return mapName;
    }

    /** Column or field names tried, in order, when the column map says nothing about this field. */
    public List<String> defaults() {
        return defaults;
    }

    public static PromptField fromMapName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("expected")) {
            return REFERENCE;
        }
        for (PromptField f : values()) {
            if (f.mapName.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "' in --map; use prompt, reference, system, category or id");
    }
}
