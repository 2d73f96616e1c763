package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Jackson JSON and YAML parsers with limits suited to prompt files, and their errors as import errors. */
final class Parsers {
    private final JsonFactory json;
    private final YAMLFactory yaml;

    Parsers(int maxStringChars) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxStringLength(maxStringChars)
                .maxNestingDepth(NodeReader.MAX_DEPTH + 10)
                .maxNumberLength(100)
                .maxNameLength(100_000)
                .build();
        json = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Integer.MAX_VALUE);
        loader.setMaxAliasesForCollections(50);
        loader.setNestingDepthLimit(NodeReader.MAX_DEPTH + 10);
        loader.setAllowDuplicateKeys(false);
        yaml = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    JsonParser json(Reader reader) throws IOException {
        return json.createParser(reader);
    }

    JsonParser json(String text) throws IOException {
        return json.createParser(text);
    }

    JsonParser yaml(Reader reader) throws IOException {
        return yaml.createParser(reader);
    }

    /**
     * Turns any failure while parsing into an import error at the right place.
     *
     * @param lineOffset added to the parser's line (JSONL parses each line on its own)
     */
    static ImportException translate(String file, Exception e, long lineOffset) {
        TextInputException text = ImportFiles.findCause(e, TextInputException.class);
        if (text != null) {
            return text.toImportException(file);
        }
        MarkedYAMLException marked = ImportFiles.findCause(e, MarkedYAMLException.class);
        if (marked != null) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String reason = "invalid YAML: " + firstNonNull(marked.getProblem(), marked.getContext(), "syntax error");
            if (mark != null) {
                return new ImportException(file, mark.getLine() + 1L, mark.getColumn() + 1L, reason, e);
            }
            return ImportException.at(file, 1, reason);
        }
        JsonProcessingException jpe = ImportFiles.findCause(e, JsonProcessingException.class);
        if (jpe != null) {
            JsonLocation at = jpe.getLocation();
            String reason = clean(jpe.getOriginalMessage());
            if (at != null && at.getLineNr() > 0) {
                return new ImportException(file, at.getLineNr() + lineOffset, Math.max(0, at.getColumnNr()), reason, e);
            }
            return new ImportException(file, Math.max(1, lineOffset), 0, reason, e);
        }
        if (e instanceof ImportException) {
            return (ImportException) e;
        }
        if (e instanceof IOException) {
            return ImportFiles.failure(file, (IOException) e);
        }
        return ImportException.at(file, Math.max(1, lineOffset), "cannot parse: " + e.getMessage());
    }

    /** Jackson's messages name Java types and limits; keep them short and readable. */
    private static String clean(String message) {
        if (message == null) {
            return "invalid syntax";
        }
        String m = message.lines().findFirst().orElse(message).strip();
        if (m.contains("String value length") && m.contains("exceeds the maximum")) {
            return "text value is too long (" + m.replaceAll(".*exceeds the maximum allowed \\((\\d+).*", "more than $1 characters")
                    + ")";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "unexpected end of the file (truncated?): " + m;
        }
        m = m.replaceAll(": enable `[A-Za-z_.]+` to allow", "").replaceAll("\\s*\\(code \\d+\\)", "");
        if (m.startsWith("Duplicate field")) {
            return m.replace("Duplicate field", "duplicate field");
        }
        return m;
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a.strip() : b != null ? b.strip() : c;
    }
}
