package io.sidebench.logic.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sidebench.logic.util.Json;
import java.util.List;

/**
 * Column {@code completion.turn_answers} from schema version 2: NULL when the answers are just {@code [text]}
 * (every single-turn answer, and {@code []} when there is no text), else a JSON array of strings.
 */
final class TurnAnswersColumn {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private TurnAnswersColumn() {
    }

    static String encode(String text, List<String> answers) {
        return answers.equals(implied(text)) ? null : Json.write(answers);
    }

    static List<String> decode(String text, String json) {
        return json == null ? implied(text) : Json.read(json, STRINGS);
    }

    /** How version 1 stored the column: always JSON, NULL read as no answers. */
    static List<String> decodeVersion1(String json) {
        return json == null ? List.of() : Json.read(json, STRINGS);
    }

    private static List<String> implied(String text) {
        return text == null ? List.of() : List.of(text);
    }
}
