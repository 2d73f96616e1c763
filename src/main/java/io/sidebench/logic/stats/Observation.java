package io.sidebench.logic.stats;

/** One value of one metric for one completion. */
public record Observation(String metric, long modelId, long promptId, int repeat, String category, double value) {
}
