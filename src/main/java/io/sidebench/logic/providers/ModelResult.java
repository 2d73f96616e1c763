package io.sidebench.logic.providers;

import io.sidebench.model.Chunk;
import java.time.Duration;
import java.util.List;

/**
 * What one model call produced: the text (and reasoning) received, every chunk's arrival time, the
 * token counts the API reported, and, when it failed, why. A failed call keeps the partial text that
 * arrived before the failure.
 *
 * @param sentAtNanos       {@code System.nanoTime()} when the request was sent; chunk times are relative to it
 * @param e2eMs             milliseconds from sending to the end of the response (or the failure)
 * @param inputTokens       prompt tokens as reported by the API, {@code null} when it did not say
 * @param outputTokens      completion tokens as reported by the API, {@code null} when it did not say
 * @param failure           {@code null} on success
 * @param httpStatus        the HTTP status of a failed call, 0 when there was none
 * @param retryAfter        the server's Retry-After, {@code null} when absent
 */
public record ModelResult(String text, String reasoning, List<Chunk> chunks, long sentAtNanos, double e2eMs,
                          Integer inputTokens, Integer outputTokens, FailureKind failure, String error,
                          int httpStatus, Duration retryAfter) {
    public ModelResult {
        chunks = chunks == null ? List.of() : List.copyOf(chunks);
        text = text == null ? "" : text;
    }

    public boolean isOk() {
        return failure == null;
    }

    public static ModelResult failed(FailureKind kind, String error, String partialText, List<Chunk> chunks,
                                     long sentAtNanos, double e2eMs, int httpStatus, Duration retryAfter) {
        return new ModelResult(partialText, null, chunks, sentAtNanos, e2eMs, null, null, kind, error, httpStatus,
                retryAfter);
    }
}
