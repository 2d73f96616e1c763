package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads records from JSONL, JSON or YAML, streaming: JSONL line by line, a top-level JSON/YAML list item by
 * item. A top-level object is a promptfoo config, an object holding a list of records under a usual name
 * ({@code prompts}, {@code samples}, ...), or a single record. Shared by the JSON-family importers.
 */
final class StructuredImport {
    enum Container { JSONL, JSON, YAML }

    private static final List<String> LIST_FIELDS = List.of("prompts", "samples", "questions", "data", "items",
            "records", "examples", "tests");

    static final int YAML_MAX_LINE_CHARS = 1024 * 1024;

    private final String file;
    private final Path path;
    private final ImportOptions options;
    private final Parsers parsers;
    private final NodeValues values;
    private final RecordConverter converter;
    private final RecordConverter.Shape shape;
    private final boolean promptfoo;
    private final PromptEmitter emitter;

    /**
     * @param promptfoo true to require a promptfoo config; otherwise records of the given shape
     */
    StructuredImport(Path path, ImportOptions options, RecordConverter.Shape shape, boolean promptfoo, Consumer<Prompt> sink) {
        this.path = path;
        this.file = ImportFiles.name(path);
        this.options = options;
        this.parsers = new Parsers(options.maxLineChars());
        this.values = new NodeValues(file);
        this.converter = new RecordConverter(file, options.columns(), shape, options.hints());
        this.shape = shape;
        this.promptfoo = promptfoo;
        this.emitter = new PromptEmitter(file, options.variables(), sink);
    }

    void run(Container container) throws ImportException {
        long lastLine;
        if (container == Container.JSONL) {
            lastLine = readLines();
        } else {
            lastLine = readDocument(container);
        }
        if (emitter.count() == 0) {
            throw ImportException.at(file, Math.max(1, lastLine), "no prompts found in the file");
        }
    }

    private long readLines() throws ImportException {
        long lineNo = 0;
        try (BufferedReader in = new BufferedReader(ImportFiles.openText(path, options.maxLineChars()), 64 * 1024)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (promptfoo) {
                    throw ImportException.at(file, lineNo, "a promptfoo config is a YAML or JSON object, not JSON lines");
                }
                record(parseLine(line, lineNo));
            }
        } catch (IOException e) {
            throw Parsers.translate(file, e, 0);
        }
        return lineNo;
    }

    private Node parseLine(String line, long lineNo) throws ImportException {
        try (JsonParser p = parsers.json(line)) {
            p.nextToken();
            Node node = new NodeReader(file, lineNo - 1).read(p);
            if (p.nextToken() != null) {
                throw new ImportException(file, lineNo, p.currentTokenLocation().getColumnNr(),
                        "more than one JSON value on the line; JSON lines need one record per line");
            }
            return node;
        } catch (IOException e) {
            throw Parsers.translate(file, e, lineNo - 1);
        }
    }

    private long readDocument(Container container) throws ImportException {
        StrictUtf8Reader reader = ImportFiles.openText(path, container == Container.YAML ? yamlLineLimit(options) : Long.MAX_VALUE);
        try (JsonParser p = container == Container.YAML ? parsers.yaml(reader) : parsers.json(reader)) {
            NodeReader nodes = new NodeReader(file, 0);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    if (promptfoo) {
                        throw new ImportException(file, line(p), col(p), "a promptfoo config is an object with prompts and tests, found a list");
                    }
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw new ImportException(file, line(p), col(p), "unexpected end of the file inside a list (truncated?)");
                        }
                        record(nodes.read(p));
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    object((Node.Obj) nodes.read(p));
                } else {
                    Node n = nodes.read(p);
                    throw values.error(n, "expected a list of prompt records, found " + n.kind());
                }
            }
            return reader.line();
        } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
            throw Parsers.translate(file, e, 0);
        } finally {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only file
            }
        }
    }

    /**
     * SnakeYAML copies its whole look-ahead window for every chunk while it scans one token, which is
     * quadratic in the token's length; a tighter line limit keeps hostile YAML fast (a run without
     * spaces cannot cross a line).
     */
    static long yamlLineLimit(ImportOptions options) {
        return Math.min(options.maxLineChars(), YAML_MAX_LINE_CHARS);
    }

    private void object(Node.Obj root) throws ImportException {
        if (promptfoo || shape == RecordConverter.Shape.AUTO && PromptfooConfig.looksLikeConfig(root)) {
            new PromptfooConfig(values, parsers).emit(root, emitter);
            return;
        }
        for (String name : LIST_FIELDS) {
            Node list = root.get(name);
            if (list instanceof Node.Arr && !((Node.Arr) list).items().isEmpty()
                    && ((Node.Arr) list).items().get(0) instanceof Node.Obj) {
                for (Node item : ((Node.Arr) list).items()) {
                    record(item);
                }
                return;
            }
        }
        record(root);
    }

    private void record(Node node) throws ImportException {
        if (shape == RecordConverter.Shape.AUTO && node instanceof Node.Scalar && ((Node.Scalar) node).isText()) {
            String text = (String) ((Node.Scalar) node).value();
            if (text.isBlank()) {
                throw values.error(node, "empty prompt");
            }
            emitter.emit(new PromptDraft(null, null, List.of(Turn.of(text)), null, List.of(), Map.of()),
                    node.line(), node.column());
            return;
        }
        emitter.emit(converter.convert(node), node.line(), node.column());
    }

    private static long line(JsonParser p) {
        return Math.max(1, p.currentLocation().getLineNr());
    }

    private static long col(JsonParser p) {
        return Math.max(0, p.currentLocation().getColumnNr());
    }
}
