package io.sidebench.logic.providers;

/**
 * Receives a completion as it streams. Called on the client's I/O thread: implementations must be
 * quick and thread-safe (the UI batches these before touching controls).
 */
public interface StreamListener {
    StreamListener NONE = (text, reasoning, atMs) -> { };

    /**
     * @param text      the new piece of text
     * @param reasoning true for reasoning ("thinking") text
     * @param atMs      milliseconds since the request was sent
     */
    void onChunk(String text, boolean reasoning, double atMs);
}
