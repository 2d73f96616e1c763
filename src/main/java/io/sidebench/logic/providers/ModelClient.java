package io.sidebench.logic.providers;

/**
 * Our one abstraction over model providers (LangChain4j underneath). A client makes exactly one
 * attempt per call: retries, rate limits and concurrency belong to the run scheduler alone, so a
 * client must disable any retry of the library beneath it.
 */
public interface ModelClient extends AutoCloseable {

    /**
     * Sends one request and streams the answer to {@code listener}. Never throws for provider
     * failures: they come back as a {@link ModelResult} with a {@link FailureKind} (keeping partial
     * text). Blocks the calling thread until the answer is complete, failed, timed out or cancelled.
     */
    ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel);

    /** Releases connections or child processes. */
    @Override
    default void close() {
    }
}
