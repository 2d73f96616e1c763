package io.sidebench.model;

/** One cell of a run: a prompt answered by a model, for one repeat. */
public record CellKey(long runId, long promptId, long modelId, int repeat) {
}
