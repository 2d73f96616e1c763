package io.sidebench.model;

/** Generation parameters; {@code null} means "the provider's default". */
public record ModelParams(Double temperature, Double topP, Integer maxTokens, Integer seed, String systemPrompt,
                          Boolean reasoning) {
    public static final ModelParams DEFAULTS = new ModelParams(null, null, null, null, null, null);

    public ModelParams withTemperature(Double value) {
        return new ModelParams(value, topP, maxTokens, seed, systemPrompt, reasoning);
    }

    public ModelParams withTopP(Double value) {
        return new ModelParams(temperature, value, maxTokens, seed, systemPrompt, reasoning);
    }

    public ModelParams withMaxTokens(Integer value) {
        return new ModelParams(temperature, topP, value, seed, systemPrompt, reasoning);
    }

    public ModelParams withSeed(Integer value) {
        return new ModelParams(temperature, topP, maxTokens, value, systemPrompt, reasoning);
    }

    public ModelParams withSystemPrompt(String value) {
        return new ModelParams(temperature, topP, maxTokens, seed, value, reasoning);
    }

    public ModelParams withReasoning(Boolean value) {
        return new ModelParams(temperature, topP, maxTokens, seed, systemPrompt, value);
    }

    /** Deterministic requests may be answered from the response cache by default. */
    public boolean isDeterministic() {
        return temperature != null && temperature == 0.0;
    }
}
