package io.sidebench.logic.prompts;

import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML value that remembers where it was in the file, so errors about a record's content can
 * name the line and column of the offending value.
 */
sealed interface Node {
    long line();

    long column();

    /** "an object", "an array", "text", "a number", "true/false", "null": for "found ..." messages. */
    String kind();

    record Obj(long line, long column, Map<String, Node> fields) implements Node {
        @Override
        public String kind() {
            return "an object";
        }

        Node get(String name) {
            return fields.get(name);
        }

        /** The first present field among the names (exact, then case-insensitive). */
        Map.Entry<String, Node> first(List<String> names) {
            for (String n : names) {
                if (fields.containsKey(n)) {
                    return Map.entry(n, fields.get(n));
                }
            }
            for (String n : names) {
                for (Map.Entry<String, Node> e : fields.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(n)) {
                        return e;
                    }
                }
            }
            return null;
        }
    }

    record Arr(long line, long column, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string, number, boolean or null ({@code value} is a String, Number, Boolean or null). */
    record Scalar(long line, long column, Object value) implements Node {
        @Override
        public String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "text";
            }
            return value instanceof Boolean ? "true/false" : "a number";
        }

        boolean isText() {
            return value instanceof String;
        }

        /** Text of any scalar except null: numbers and booleans as written. */
        String asText() {
            return value == null ? null : value.toString();
        }
    }
}
