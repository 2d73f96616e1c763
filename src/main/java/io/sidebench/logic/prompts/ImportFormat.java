package io.sidebench.logic.prompts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats a prompt set can be imported from: file containers (CSV ... XLSX) and the record shapes
 * of other tools (promptfoo, OpenAI Evals, MT-Bench), which live in JSON, JSONL or YAML files.
 */
public enum ImportFormat {
    CSV("csv"),
    TSV("tsv"),
    JSONL("jsonl"),
    JSON("json"),
    YAML("yaml"),
    XLSX("xlsx"),
    PROMPTFOO("promptfoo"),
    OPENAI_EVALS("openai-evals"),
    MT_BENCH("mt-bench");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and stored with the prompt set. */
    public String cliName() {
        return cliName;
    }

    /** True for the shapes of other tools, which need a JSON, JSONL or YAML container. */
    public boolean isShape() {
        return this == PROMPTFOO || this == OPENAI_EVALS || this == MT_BENCH;
    }

    /** Parses a command-line name (case-insensitive; "yml", "ndjson", "evals" are accepted too). */
    public static ImportFormat fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "yml":
                return YAML;
            case "ndjson":
                return JSONL;
            case "evals":
            case "openai":
                return OPENAI_EVALS;
            case "mtbench":
                return MT_BENCH;
            default:
                break;
        }
        for (ImportFormat f : values()) {
            if (f.cliName.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
