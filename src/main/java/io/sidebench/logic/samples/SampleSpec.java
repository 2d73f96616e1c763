package io.sidebench.logic.samples;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The source files of a sample project: {@code project.yaml} and {@code models.yaml}. */
public final class SampleSpec {
    private SampleSpec() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String title, String goal, String successCriteria, List<Rubric> rubric, PromptSetRef promptSet,
                          List<String> scorers, RunSpec run) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rubric(String name, String scale, Integer min, Integer max, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromptSetRef(String name, String file) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunSpec(String name, List<String> models, Integer repeats, Long seed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Models(List<Model> models) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Model(String name, String provider, String baseUrl, String model, String apiKeyEnv, String path,
                        Map<String, Object> params, Profile profile) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(Boolean openWeights, String licence, String jurisdiction, String dataHandling,
                          Double pricePerMillionInput, Double pricePerMillionOutput, String flexibility,
                          String community, List<RiskSpec> risks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RiskSpec(String category, String description, String impact, String likelihood, String mitigation) {
    }
}
