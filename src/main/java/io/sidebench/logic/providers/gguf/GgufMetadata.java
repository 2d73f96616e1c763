package io.sidebench.logic.providers.gguf;

import java.util.Locale;
import java.util.Map;

/**
 * What the header of a GGUF file says about the model, read without loading any weights.
 *
 * @param architecture   {@code general.architecture} ("llama", "qwen2"...), {@code null} when absent
 * @param name           {@code general.name}, {@code null} when absent
 * @param parameterCount the sum of all tensor element counts (the model's parameter count)
 * @param fileType       {@code general.file_type} (llama.cpp's quantisation id), {@code null} when absent
 * @param contextLength  {@code <arch>.context_length}, {@code null} when absent
 * @param chatTemplate   {@code tokenizer.chat_template}, {@code null} when the model has none
 * @param values         every scalar key/value (arrays are left out), for display
 */
public record GgufMetadata(int version, String architecture, String name, long parameterCount, Integer fileType,
                           Integer contextLength, String chatTemplate, long tensorCount, Map<String, Object> values) {

    public GgufMetadata {
        values = Map.copyOf(values);
    }

    /** Sidebench's own test models (random weights) carry this name prefix or flag and are never offered. */
    public boolean isSidebenchTestModel() {
        return (name != null && name.toLowerCase(Locale.ROOT).startsWith("sidebench-test"))
                || Boolean.TRUE.equals(values.get("sidebench.test_model"));
    }

    /** The quantisation as people know it ("Q4_K_M", "F16"...), {@code null} when unknown. */
    public String quantisation() {
        if (fileType == null) {
            return null;
        }
        return switch (fileType) {
            case 0 -> "F32";
            case 1 -> "F16";
            case 2 -> "Q4_0";
            case 3 -> "Q4_1";
            case 7 -> "Q8_0";
            case 8 -> "Q5_0";
            case 9 -> "Q5_1";
            case 10 -> "Q2_K";
            case 11 -> "Q3_K_S";
            case 12 -> "Q3_K_M";
            case 13 -> "Q3_K_L";
            case 14 -> "Q4_K_S";
            case 15 -> "Q4_K_M";
            case 16 -> "Q5_K_S";
            case 17 -> "Q5_K_M";
            case 18 -> "Q6_K";
            case 19 -> "IQ2_XXS";
            case 20 -> "IQ2_XS";
            case 21 -> "Q2_K_S";
            case 22 -> "IQ3_XS";
            case 23 -> "IQ3_XXS";
            case 24 -> "IQ1_S";
            case 25 -> "IQ4_NL";
            case 26 -> "IQ3_S";
            case 27 -> "IQ3_M";
            case 28 -> "IQ2_S";
            case 29 -> "IQ2_M";
            case 30 -> "IQ4_XS";
            case 31 -> "IQ1_M";
            case 32 -> "BF16";
            default -> "type " + fileType;
        };
    }

    /** The parameter count in short form: "1.5B", "350M", "130K". */
    public String parameterLabel() {
        if (parameterCount >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1fB", parameterCount / 1e9);
        }
        if (parameterCount >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.0fM", parameterCount / 1e6);
        }
        return String.format(Locale.ROOT, "%.0fK", parameterCount / 1e3);
    }
}
