package io.sidebench.model;

/**
 * One streamed piece of an answer, with its arrival time in milliseconds after the request was sent,
 * kept so that a completion can be replayed with its real timing.
 *
 * @param reasoning true for reasoning ("thinking") text, which is stored apart from the answer
 */
public record Chunk(double atMs, String text, boolean reasoning) {
}
