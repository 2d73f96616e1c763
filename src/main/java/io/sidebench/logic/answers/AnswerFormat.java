package io.sidebench.logic.answers;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes of answer files Sidebench imports, and the tool that writes each. */
public enum AnswerFormat {
    /** CSV, TSV or XLSX: one row per prompt, one column per model's answer. */
    WIDE("wide", null),
    /** CSV, TSV, XLSX, JSONL or JSON: one record per answer (prompt id or text, model, answer, ...). */
    LONG("long", null),
    /** FastChat's model_answer/*.jsonl: question_id, model_id, choices[0].turns. */
    MT_BENCH("mt-bench", "FastChat"),
    /** The JSON {@code promptfoo eval -o results.json} writes. */
    PROMPTFOO("promptfoo", "promptfoo"),
    /** LLM Comparator's JSON: two models' outputs per input, with a score. */
    LLM_COMPARATOR("llm-comparator", "LLM Comparator"),
    /** OpenAI-Evals-style precomputed samples: input (text or messages), output/completion, ideal. */
    OPENAI_EVALS("openai-evals", "OpenAI Evals");

    private final String cliName;
    private final String tool;

    AnswerFormat(String cliName, String tool) {
        this.cliName = cliName;
        this.tool = tool;
    }

    public String cliName() {
        return cliName;
    }

    /** The tool that writes files of this shape, {@code null} for generic tables. */
    public String tool() {
        return tool;
    }

    public static AnswerFormat fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AnswerFormat f : values()) {
            if (f.cliName.equals(n)) {
                return f;
            }
        }
        switch (n) {
            case "csv", "tsv", "xlsx", "jsonl", "json", "table" -> {
                return LONG;
            }
            case "fastchat", "mtbench" -> {
                return MT_BENCH;
            }
            case "evals", "openai" -> {
                return OPENAI_EVALS;
            }
            default -> throw new IllegalArgumentException("unknown answer format '" + name + "'; use one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(AnswerFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
