package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The prompt import's file reading (strict UTF-8, line limits, RFC 4180 tables, the first XLSX sheet, JSON lines,
 * JSON documents streamed item by item, errors as {@code file:line: reason}) for importers outside this package,
 * such as the answer import: rows of cells, or JSON records with the line they start on.
 */
public final class SourceRecords {
    private SourceRecords() {
    }

    /** A table row (header included) and the line or spreadsheet row it starts on. */
    public record Row(long line, List<String> cells) {
    }

    /** A JSON record and the line it starts on. */
    public record Item(long line, JsonNode value) {
    }

    @FunctionalInterface
    public interface RowSink {
        void row(Row row) throws ImportException;
    }

    @FunctionalInterface
    public interface ItemSink {
        void item(Item item) throws ImportException;
    }

    /** A top-level field of a JSON document that is not the streamed list (LLM Comparator's models, say). */
    @FunctionalInterface
    public interface FieldSink {
        void field(String name, Item value) throws ImportException;
    }

    /** Refuses a missing, unreadable file or a folder, as the prompt import does. */
    public static void checkReadable(Path file) throws ImportException {
        String name = ImportFiles.name(file);
        if (!Files.exists(file)) {
            throw ImportException.ofFile(name, "no such file", null);
        }
        if (Files.isDirectory(file)) {
            throw ImportException.ofFile(name, "is a folder, not a file to import", null);
        }
        if (!Files.isReadable(file)) {
            throw ImportException.ofFile(name, "cannot read the file (permission denied)", null);
        }
    }

    /** CSV, TSV, XLSX, JSONL, JSON or YAML, from the first bytes and the extension; an empty file is an error. */
    public static ImportFormat container(Path file) throws ImportException {
        return new FormatDetector().containerFormat(file);
    }

    /** The first bytes of the file as text (for recognising a record shape). */
    public static byte[] head(Path file, int max) throws ImportException {
        return ImportFiles.head(file, max);
    }

    /** Every non-blank row of a CSV, TSV or XLSX table, the header row first. */
    public static void rows(Path file, ImportFormat container, int maxChars, RowSink sink) throws ImportException {
        String name = ImportFiles.name(file);
        if (container == ImportFormat.XLSX) {
            XlsxRows.read(file, maxChars, sink);
            return;
        }
        if (container != ImportFormat.CSV && container != ImportFormat.TSV) {
            throw ImportException.at(name, 1, "expected a CSV, TSV or XLSX table, found " + container.cliName());
        }
        char delimiter = container == ImportFormat.TSV ? '\t' : new CsvImporter().delimiter(file);
        try (StrictUtf8Reader reader = ImportFiles.openText(file, maxChars)) {
            DelimitedTextParser parser = new DelimitedTextParser(reader, delimiter, name, maxChars);
            DelimitedTextParser.Row row;
            while ((row = parser.next()) != null) {
                sink.row(new Row(row.line(), row.fields()));
            }
        } catch (IOException e) {
            throw ImportFiles.failure(name, e);
        }
    }

    /** The first non-blank row of a table (its header), or {@code null} for an empty table. */
    public static Row firstRow(Path file, ImportFormat container, int maxChars) throws ImportException {
        Row[] first = {null};
        try {
            rows(file, container, maxChars, row -> {
                first[0] = row;
                throw new StopRows();
            });
        } catch (StopRows stop) {
            // the first row is all that was asked for
        }
        return first[0];
    }

    static final class StopRows extends RuntimeException {
        StopRows() {
            super(null, null, false, false);
        }
    }

    /**
     * The records of a JSON lines file one by one, or the items of a JSON document's list streamed one by one:
     * the top-level list, or the list at {@code listPath} (field names from the top object, e.g.
     * {@code results, results} for promptfoo). Other top-level fields go to {@code fields} (may be null).
     */
    public static void jsonRecords(Path file, int maxChars, List<String> listPath, ItemSink sink, FieldSink fields)
            throws ImportException {
        String name = ImportFiles.name(file);
        ImportFormat container = container(file);
        Parsers parsers = new Parsers(maxChars);
        if (container == ImportFormat.JSONL) {
            jsonLines(file, name, maxChars, parsers, sink);
            return;
        }
        if (container != ImportFormat.JSON) {
            throw ImportException.at(name, 1, "expected JSON or JSON lines, found " + container.cliName());
        }
        try (StrictUtf8Reader reader = ImportFiles.openText(file, Long.MAX_VALUE);
             JsonParser p = parsers.json(reader)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                streamArray(p, sink);
            } else if (t == JsonToken.START_OBJECT) {
                walkObject(p, name, listPath, 0, sink, fields);
            } else {
                throw ImportException.at(name, line(p), "expected a JSON list or object, found " + t);
            }
            if (p.nextToken() != null) {
                throw ImportException.at(name, line(p), "more than one JSON value in the file");
            }
        } catch (IOException | RuntimeException e) {
            throw Parsers.translate(name, e, 0);
        }
    }

    private static void jsonLines(Path file, String name, int maxChars, Parsers parsers, ItemSink sink)
            throws ImportException {
        long lineNo = 0;
        try (BufferedReader in = new BufferedReader(ImportFiles.openText(file, maxChars), 64 * 1024)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try (JsonParser p = parsers.json(line)) {
                    p.nextToken();
                    node = Json.mapper().readTree(p);
                    if (p.nextToken() != null) {
                        throw ImportException.at(name, lineNo, "more than one JSON value on the line; JSON lines need one record per line");
                    }
                } catch (IOException e) {
                    throw Parsers.translate(name, e, lineNo - 1);
                }
                sink.item(new Item(lineNo, node));
            }
        } catch (IOException e) {
            throw Parsers.translate(name, e, lineNo);
        }
    }

    private static void streamArray(JsonParser p, ItemSink sink) throws IOException, ImportException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IOException(new com.fasterxml.jackson.core.JsonParseException(p,
                        "Unexpected end-of-input inside a list"));
            }
            long line = line(p);
            sink.item(new Item(line, Json.mapper().readTree(p)));
        }
    }

    private static void walkObject(JsonParser p, String name, List<String> path, int depth, ItemSink sink,
                                   FieldSink fields) throws IOException, ImportException {
        String wanted = path == null || depth >= path.size() ? null : path.get(depth);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals(wanted) && depth == path.size() - 1 && value == JsonToken.START_ARRAY) {
                streamArray(p, sink);
            } else if (field.equals(wanted) && value == JsonToken.START_OBJECT) {
                walkObject(p, name, path, depth + 1, sink, depth == 0 ? fields : null);
            } else if (fields != null && depth == 0) {
                long line = line(p);
                fields.field(field, new Item(line, Json.mapper().readTree(p)));
            } else {
                p.skipChildren();
            }
        }
    }

    private static long line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }
}
