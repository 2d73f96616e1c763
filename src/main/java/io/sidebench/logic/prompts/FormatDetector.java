package io.sidebench.logic.prompts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises a prompt file's format from its extension and first bytes, and the record shape (OpenAI
 * Evals, MT-Bench, promptfoo) from its first record. Detection only labels; a wrong guess is fixed with
 * {@code --format} (the Format box in the app).
 */
public final class FormatDetector {
    private static final int HEAD = 64 * 1024;

    /** What was found: the container to read and the most specific format name to record. */
    public record Detection(ImportFormat container, ImportFormat format) {
    }

    public Detection detect(Path file, ImportOptions options) throws ImportException {
        ImportFormat container = containerFormat(file, options.hints());
        return new Detection(container, container == ImportFormat.XLSX || container == ImportFormat.CSV
                || container == ImportFormat.TSV ? container : shape(file, container, options));
    }

    /** The container of a JSON-family file, for importers of record shapes. */
    StructuredImport.Container container(Path file) throws ImportException {
        ImportFormat f = containerFormat(file);
        switch (f) {
            case JSONL:
                return StructuredImport.Container.JSONL;
            case JSON:
                return StructuredImport.Container.JSON;
            case YAML:
                return StructuredImport.Container.YAML;
            default:
                throw ImportException.at(ImportFiles.name(file), 1, "expected a JSON, JSON lines or YAML file, found "
                        + f.cliName().toUpperCase(Locale.ROOT));
        }
    }

    ImportFormat containerFormat(Path file) throws ImportException {
        return containerFormat(file, ImportHints.CLI);
    }

    ImportFormat containerFormat(Path file, ImportHints hints) throws ImportException {
        String name = ImportFiles.name(file);
        byte[] head = ImportFiles.head(file, HEAD);
        if (head.length == 0) {
            throw ImportException.at(name, 1, "the file is empty");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ImportFormat.XLSX;
        }
        String ext = extension(file);
        switch (ext) {
            case "csv":
                return ImportFormat.CSV;
            case "tsv":
            case "tab":
                return ImportFormat.TSV;
            case "xlsx":
            case "xlsm":
                return ImportFormat.XLSX;
            case "xls":
                throw ImportException.at(name, 1, "old Excel .xls workbooks are not supported; save it as .xlsx or CSV");
            case "jsonl":
            case "ndjson":
                return ImportFormat.JSONL;
            case "json":
                return looksLikeJsonLines(head) ? ImportFormat.JSONL : ImportFormat.JSON;
            case "yaml":
            case "yml":
                return ImportFormat.YAML;
            default:
                return sniff(name, head, hints);
        }
    }

    private static ImportFormat sniff(String name, byte[] head, ImportHints hints) throws ImportException {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            return ImportFormat.JSON;
        }
        if (trimmed.startsWith("{")) {
            return looksLikeJsonLines(head) ? ImportFormat.JSONL : ImportFormat.JSON;
        }
        String first = trimmed.lines().findFirst().orElse("");
        if (trimmed.startsWith("---") || trimmed.startsWith("- ") || first.matches("[A-Za-z_][\\w-]*:(\\s.*)?")) {
            return ImportFormat.YAML;
        }
        if (first.contains("\t")) {
            return ImportFormat.TSV;
        }
        if (first.contains(",") || first.contains(";")) {
            return ImportFormat.CSV;
        }
        throw ImportException.at(name, 1, "cannot tell the format of the file; " + hints.chooseFormat(ImportFormat.names()));
    }

    /** Two or more lines that each start a JSON object: JSON lines rather than one document. */
    private static boolean looksLikeJsonLines(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        int objects = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("{")) {
                return false;
            }
            if (++objects == 1 && !t.endsWith("}")) {
                return false;
            }
            if (objects >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Looks at the first record of a JSON-family file to name its shape; any failure just keeps the container. */
    private static ImportFormat shape(Path file, ImportFormat container, ImportOptions options) {
        String name = ImportFiles.name(file);
        Parsers parsers = new Parsers(options.maxLineChars());
        try (StrictUtf8Reader reader = ImportFiles.openText(file, container == ImportFormat.YAML
                ? StructuredImport.yamlLineLimit(options) : options.maxLineChars());
             JsonParser p = container == ImportFormat.YAML ? parsers.yaml(reader) : parsers.json(reader)) {
            JsonToken t = p.nextToken();
            NodeReader nodes = new NodeReader(name, 0);
            Node first;
            if (t == JsonToken.START_ARRAY && container != ImportFormat.JSONL) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return container;
                }
                first = nodes.read(p);
            } else if (t == JsonToken.START_OBJECT) {
                Node.Obj root = (Node.Obj) nodes.read(p);
                if (container != ImportFormat.JSONL && PromptfooConfig.looksLikeConfig(root)) {
                    return ImportFormat.PROMPTFOO;
                }
                first = root;
            } else {
                return container;
            }
            switch (RecordConverter.detect((Node.Obj) first, options.columns())) {
                case OPENAI_EVALS:
                    return ImportFormat.OPENAI_EVALS;
                case MT_BENCH:
                    return ImportFormat.MT_BENCH;
                default:
                    return container;
            }
        } catch (IOException | ImportException | RuntimeException e) {
            return container;
        }
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
