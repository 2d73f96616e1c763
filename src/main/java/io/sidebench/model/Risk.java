package io.sidebench.model;

/** One entry of a model's risk register, as analysts present it to stakeholders. */
public record Risk(String category, String description, String impact, String likelihood, String mitigation) {
}
