package io.sidebench.logic.providers.http;

/** A streamed chunk that is not valid JSON: the response is broken and is not retried. */
public final class MalformedChunkException extends RuntimeException {
    public MalformedChunkException(String message) {
        super(message);
    }
}
