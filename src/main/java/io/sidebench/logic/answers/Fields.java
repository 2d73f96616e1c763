package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Typed reads of a JSON record's fields, with "file:line: field must be text, found a number" errors. */
final class Fields {
    private final String file;

    Fields(String file) {
        this.file = file;
    }

    ImportException error(long line, String reason) {
        return ImportException.at(file, line, reason);
    }

    /** The first present, non-null field among the names: exact, then ignoring case. */
    static JsonNode first(JsonNode obj, String... names) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        for (String n : names) {
            JsonNode v = obj.get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        for (String n : names) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(n) && !e.getValue().isNull()) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    JsonNode object(long line, JsonNode n, String what) throws ImportException {
        if (n == null || !n.isObject()) {
            throw error(line, what + " must be an object, found " + kind(n));
        }
        return n;
    }

    /** A required text field. */
    String text(long line, JsonNode obj, String what, String... names) throws ImportException {
        JsonNode v = first(obj, names);
        if (v == null) {
            throw error(line, "the record has no " + what + (names.length == 1 && names[0].equals(what) ? ""
                    : " (" + String.join(", ", names) + ")"));
        }
        return text(line, v, what);
    }

    String text(long line, JsonNode v, String what) throws ImportException {
        if (!v.isTextual()) {
            throw error(line, what + " must be text, found " + kind(v));
        }
        return v.textValue();
    }

    /** An optional text field; absent and null give {@code null}. */
    String optText(long line, JsonNode obj, String what, String... names) throws ImportException {
        JsonNode v = first(obj, names);
        return v == null ? null : text(line, v, what);
    }

    /** An id: text or a whole number, {@code null} when absent. */
    String id(long line, JsonNode obj, String what, String... names) throws ImportException {
        JsonNode v = first(obj, names);
        if (v == null) {
            return null;
        }
        if (v.isTextual() && !v.textValue().isBlank()) {
            return v.textValue().strip();
        }
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        throw error(line, what + " must be text or a whole number, found " + kind(v));
    }

    /** An optional number, {@code null} when absent. */
    Double number(long line, JsonNode obj, String what, String... names) throws ImportException {
        JsonNode v = first(obj, names);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw error(line, what + " must be a number, found " + kind(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(line, what + " must be a finite number");
        }
        return d;
    }

    /** A text, or a list of texts (turns). */
    List<String> texts(long line, JsonNode v, String what) throws ImportException {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                out.add(text(line, item, "each entry of " + what));
            }
            if (out.isEmpty()) {
                throw error(line, what + " is an empty list");
            }
            return out;
        }
        out.add(text(line, v, what + " (text or a list of texts)"));
        return out;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        return n.isArray() ? "a list" : "an object";
    }
}
