package io.sidebench.model;

import java.util.Arrays;
import java.util.Locale;

/** Where a model's answers come from. */
public enum ProviderKind {
    OPENAI_COMPATIBLE("openai-compatible", false),
    OLLAMA("ollama", false),
    ANTHROPIC("anthropic", false),
    GEMINI("gemini", false),
    GGUF("gguf", false),
    /** Azure OpenAI / Azure AI Foundry: a deployment on a resource endpoint, with an api-version. */
    AZURE_OPENAI("azure-openai", false),
    /** AWS Bedrock's ConverseStream API, SigV4-signed, in one region. */
    BEDROCK("bedrock", false),
    /** Google Vertex AI with application-default credentials (Gemini, or partner models via its OpenAI API). */
    VERTEX("vertex", false),
    /** Returns the prompt sentences closest to the question: needs no model, a floor to beat. */
    BASELINE_EXTRACTIVE("baseline-extractive", true),
    /** Returns the reference answer itself: an upper bound for reference-based scores. */
    BASELINE_REFERENCE("baseline-reference", true),
    /** Answers imported from a file another tool produced; Sidebench cannot ask this model anything. */
    IMPORTED("imported", false);

    private final String id;
    private final boolean baseline;

    ProviderKind(String id, boolean baseline) {
        this.id = id;
        this.baseline = baseline;
    }

    /** The name used on the command line and in files. */
    public String id() {
        return id;
    }

    public boolean isBaseline() {
        return baseline;
    }

    public static ProviderKind fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.id.equals(wanted) || k.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provider '" + text + "' (expected one of "
                        + String.join(", ", Arrays.stream(values()).map(ProviderKind::id).toList()) + ")"));
    }
}
