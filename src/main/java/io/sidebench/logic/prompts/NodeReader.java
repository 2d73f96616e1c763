package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Node}s from a streaming Jackson parser (JSON or YAML), with positions. */
final class NodeReader {
    static final int MAX_DEPTH = 100;

    private final String file;
    private final long lineOffset;

    /**
     * @param lineOffset added to the parser's line numbers (JSONL parses each line on its own)
     */
    NodeReader(String file, long lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    Node read(JsonParser p) throws IOException, ImportException {
        return read(p, 0);
    }

    private Node read(JsonParser p, int depth) throws IOException, ImportException {
        JsonToken t = p.currentToken();
        JsonLocation at = p.currentTokenLocation();
        long line = at.getLineNr() + lineOffset;
        long col = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new ImportException(file, line, col, "nested more than " + MAX_DEPTH + " levels deep");
        }
        if (t == null) {
            throw new ImportException(file, line, col, "unexpected end of the file");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    Node value = read(p, depth + 1);
                    if (fields.put(name, value) != null) {
                        throw new ImportException(file, value.line(), value.column(), "duplicate field " + Texts.quote(name));
                    }
                }
                return new Node.Obj(line, col, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, depth + 1));
                }
                return new Node.Arr(line, col, items);
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
                    throw new ImportException(file, line, col, "YAML aliases (*" + p.getText()
                            + ") are not supported; write the value out in full");
                }
                return new Node.Scalar(line, col, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(line, col, p.getNumberValue());
            case VALUE_TRUE:
                return new Node.Scalar(line, col, Boolean.TRUE);
            case VALUE_FALSE:
                return new Node.Scalar(line, col, Boolean.FALSE);
            case VALUE_NULL:
                return new Node.Scalar(line, col, null);
            case VALUE_EMBEDDED_OBJECT:
                return new Node.Scalar(line, col, String.valueOf(p.getEmbeddedObject()));
            default:
                throw new ImportException(file, line, col, "unexpected " + t);
        }
    }
}
