package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a variables table: a CSV/TSV file whose header names the variables, or a JSON/YAML list of
 * objects (JSON lines too) whose fields are the variables.
 */
public final class VariablesTableReader {
    private static final int MAX_CHARS = 1024 * 1024;

    private final FormatDetector detector;

    public VariablesTableReader(FormatDetector detector) {
        this.detector = detector;
    }

    public VariablesTable read(Path file) throws ImportException {
        String name = ImportFiles.name(file);
        ImportFormat format = detector.containerFormat(file);
        List<Map<String, String>> rows = format == ImportFormat.CSV || format == ImportFormat.TSV
                ? delimited(file, format == ImportFormat.TSV ? '\t' : ',') : structured(file, format);
        if (rows.isEmpty()) {
            throw ImportException.at(name, 1, "the variables table has no rows");
        }
        if (rows.size() > VariablesTable.MAX_ROWS) {
            throw ImportException.at(name, 1, "the variables table has more than " + VariablesTable.MAX_ROWS + " rows");
        }
        return VariablesTable.of(rows);
    }

    private List<Map<String, String>> delimited(Path file, char delimiter) throws ImportException {
        String name = ImportFiles.name(file);
        List<Map<String, String>> rows = new ArrayList<>();
        try (StrictUtf8Reader reader = ImportFiles.openText(file, MAX_CHARS)) {
            DelimitedTextParser parser = new DelimitedTextParser(reader, delimiter, name, MAX_CHARS);
            DelimitedTextParser.Row head = parser.next();
            if (head == null) {
                throw ImportException.at(name, 1, "the file is empty: expected a header row of variable names");
            }
            DelimitedTextParser.Row row;
            while ((row = parser.next()) != null && rows.size() <= VariablesTable.MAX_ROWS) {
                if (row.fields().size() > head.fields().size()) {
                    throw ImportException.at(name, row.line(), "row has " + row.fields().size()
                            + " fields but the header has " + head.fields().size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < head.fields().size(); i++) {
                    values.put(head.fields().get(i).strip(), i < row.fields().size() ? row.fields().get(i) : "");
                }
                rows.add(values);
            }
        } catch (IOException e) {
            throw ImportFiles.failure(name, e);
        }
        return rows;
    }

    private List<Map<String, String>> structured(Path file, ImportFormat format) throws ImportException {
        String name = ImportFiles.name(file);
        if (format == ImportFormat.XLSX) {
            throw ImportException.at(name, 1, "a variables table must be CSV, TSV, JSON or YAML");
        }
        Parsers parsers = new Parsers(MAX_CHARS);
        NodeValues values = new NodeValues(name);
        List<Map<String, String>> rows = new ArrayList<>();
        try (StrictUtf8Reader reader = ImportFiles.openText(file, MAX_CHARS);
             JsonParser p = format == ImportFormat.YAML ? parsers.yaml(reader) : parsers.json(reader)) {
            NodeReader nodes = new NodeReader(name, 0);
            JsonToken t;
            while ((t = p.nextToken()) != null && rows.size() <= VariablesTable.MAX_ROWS) {
                Node n = nodes.read(p);
                List<Node> items = t == JsonToken.START_ARRAY ? ((Node.Arr) n).items() : List.of(n);
                for (Node item : items) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Map.Entry<String, Node> e : values.object(item, "each row of the variables table").fields().entrySet()) {
                        String v = values.scalar(e.getValue(), "variable " + Texts.quote(e.getKey()));
                        row.put(e.getKey(), v == null ? "" : v);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
            throw Parsers.translate(name, e, 0);
        }
        return rows;
    }
}
