package io.sidebench.logic.providers;

/** Why a model call failed, which decides whether the scheduler retries it. */
public enum FailureKind {
    /** HTTP 429: retried after Retry-After or a backoff. */
    RATE_LIMITED(true),
    /** HTTP 5xx: retried with backoff. */
    SERVER_ERROR(true),
    /** Could not connect, or the connection was reset: retried with backoff. */
    CONNECTION(true),
    /** No answer within the request timeout: retried with backoff. */
    TIMEOUT(true),
    /** A malformed or truncated response: not retried. */
    BAD_RESPONSE(false),
    /** HTTP 401/403 or a missing API key: not retried. */
    AUTHENTICATION(false),
    /** Any other 4xx (bad request, unknown model): not retried. */
    CLIENT_ERROR(false),
    /** Cancelled by the user. */
    CANCELLED(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
