package io.sidebench.logic.providers.catalogue;

/**
 * A model a provider preset offers.
 *
 * @param input  USD per million input tokens, {@code null} when not known
 * @param output USD per million output tokens, {@code null} when not known
 */
public record PresetModel(String name, Boolean openWeights, String licence, Double input, Double output,
                         Boolean reasoning) {
}
