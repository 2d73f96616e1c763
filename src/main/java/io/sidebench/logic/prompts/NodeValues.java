package io.sidebench.logic.prompts;

import io.sidebench.model.Assertion;
import java.util.ArrayList;
import java.util.List;

/** Reading typed values out of {@link Node}s, with "field must be text, found a number" errors. */
final class NodeValues {
    private final String file;

    NodeValues(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    ImportException error(Node at, String reason) {
        return new ImportException(file, at.line(), at.column(), reason);
    }

    Node.Obj object(Node n, String what) throws ImportException {
        if (n instanceof Node.Obj) {
            return (Node.Obj) n;
        }
        throw error(n, what + " must be an object, found " + n.kind());
    }

    /** A string value; numbers and booleans are refused (a prompt of {@code 42} is almost surely a mistake). */
    String text(Node n, String what) throws ImportException {
        if (n instanceof Node.Scalar && ((Node.Scalar) n).isText()) {
            return (String) ((Node.Scalar) n).value();
        }
        throw error(n, what + " must be text, found " + n.kind());
    }

    /** Text of a scalar (numbers and booleans as written), {@code null} for null or absent. */
    String scalar(Node n, String what) throws ImportException {
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar) {
            return ((Node.Scalar) n).asText();
        }
        throw error(n, what + " must be text or a number, found " + n.kind());
    }

    /** Like {@link #scalar} but null, absent and blank become {@code null}. */
    String optional(Node n, String what) throws ImportException {
        String s = scalar(n, what);
        return s == null || s.isBlank() ? null : s;
    }

    /** A list of texts: an array of strings, or a single string as a list of one. */
    List<String> texts(Node n, String what, boolean allowNulls) throws ImportException {
        List<String> out = new ArrayList<>();
        if (n instanceof Node.Arr) {
            for (Node item : ((Node.Arr) n).items()) {
                if (allowNulls && item instanceof Node.Scalar && ((Node.Scalar) item).value() == null) {
                    out.add(null);
                } else {
                    out.add(text(item, "each entry of " + what));
                }
            }
            return out;
        }
        out.add(text(n, what + " (text or a list of texts)"));
        return out;
    }

    /** promptfoo-style {@code assert} entries: {@code [{type, value, threshold}]}. */
    List<Assertion> assertions(Node n) throws ImportException {
        List<Assertion> out = new ArrayList<>();
        if (n == null || n instanceof Node.Scalar && ((Node.Scalar) n).value() == null) {
            return out;
        }
        if (!(n instanceof Node.Arr)) {
            throw error(n, "assert must be a list, found " + n.kind());
        }
        for (Node item : ((Node.Arr) n).items()) {
            Node.Obj a = object(item, "each assert entry");
            Node type = a.get("type");
            if (type == null) {
                throw error(a, "an assert entry needs a type (equals, contains, similar, ...)");
            }
            String t = text(type, "assert type").strip().toLowerCase(java.util.Locale.ROOT);
            if (t.isEmpty()) {
                throw error(type, "assert type is empty");
            }
            Node value = a.get("value");
            String v = value == null ? null : value instanceof Node.Scalar ? ((Node.Scalar) value).asText() : jsonText(value);
            if (v != null && v.startsWith("file://")) {
                throw error(value, "assert values that refer to files (" + Texts.quote(v) + ") are not supported; inline them");
            }
            Node threshold = a.get("threshold");
            Double th = null;
            if (threshold != null) {
                if (!(threshold instanceof Node.Scalar) || !(((Node.Scalar) threshold).value() instanceof Number)) {
                    throw error(threshold, "assert threshold must be a number, found " + threshold.kind());
                }
                th = ((Number) ((Node.Scalar) threshold).value()).doubleValue();
            }
            out.add(new Assertion(t, v, th));
        }
        return out;
    }

    /** Compact JSON text of a node (for list-valued assert values and variables). */
    static String jsonText(Node n) {
        StringBuilder out = new StringBuilder();
        appendJson(n, out);
        return out.toString();
    }

    private static void appendJson(Node n, StringBuilder out) {
        if (n instanceof Node.Obj) {
            out.append('{');
            boolean first = true;
            for (var e : ((Node.Obj) n).fields().entrySet()) {
                out.append(first ? "" : ",").append(io.sidebench.logic.util.Json.write(e.getKey())).append(':');
                appendJson(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (n instanceof Node.Arr) {
            out.append('[');
            boolean first = true;
            for (Node item : ((Node.Arr) n).items()) {
                out.append(first ? "" : ",");
                appendJson(item, out);
                first = false;
            }
            out.append(']');
        } else {
            out.append(io.sidebench.logic.util.Json.write(((Node.Scalar) n).value()));
        }
    }
}
