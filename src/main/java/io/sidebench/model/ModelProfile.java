package io.sidebench.model;

import java.util.List;

/**
 * What stakeholders ask about a model besides its answers.
 *
 * @param openWeights  {@code null} when unknown
 * @param pricePerMillionInput  USD per million input tokens, {@code null} when unknown
 */
public record ModelProfile(Boolean openWeights, String licence, String jurisdiction, String dataHandling,
                           Double pricePerMillionInput, Double pricePerMillionOutput, String flexibility,
                           String community, List<Risk> risks) {
    public static final ModelProfile EMPTY = new ModelProfile(null, null, null, null, null, null, null, null, List.of());

    public ModelProfile {
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    public ModelProfile withPrices(Double input, Double output) {
        return new ModelProfile(openWeights, licence, jurisdiction, dataHandling, input, output, flexibility,
                community, risks);
    }

    public ModelProfile withRisks(List<Risk> newRisks) {
        return new ModelProfile(openWeights, licence, jurisdiction, dataHandling, pricePerMillionInput,
                pricePerMillionOutput, flexibility, community, newRisks);
    }

    /** Cost in USD of a call, or {@code null} when a price is unknown. */
    public Double cost(long inputTokens, long outputTokens) {
        if (pricePerMillionInput == null || pricePerMillionOutput == null) {
            return null;
        }
        return (inputTokens * pricePerMillionInput + outputTokens * pricePerMillionOutput) / 1_000_000.0;
    }
}
