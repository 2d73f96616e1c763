package io.sidebench.logic.run;

import io.sidebench.logic.providers.ModelResult;
import java.time.Duration;
import java.util.Random;

/**
 * Bounded retries of retryable failures (429, 5xx, connection errors, timeouts) with exponential backoff
 * and jitter: the n-th retry waits {@code min(maxDelay, baseDelay * 2^(n-1))} scaled by a random factor in
 * [0.5, 1) ("equal jitter"). A server's Retry-After is honoured: the wait is at least that long (plus up to
 * 10 % jitter so clients told the same moment do not all return at once), capped at {@code maxRetryAfter}.
 *
 * @param maxAttempts attempts in all, including the first
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed");
        }
    }

    public boolean shouldRetry(ModelResult result, int attemptsMade) {
        return !result.isOk() && result.failure().isRetryable() && attemptsMade < maxAttempts;
    }

    /** The wait before attempt {@code attemptsMade + 1}, after {@code result} failed. */
    public Duration delay(ModelResult result, int attemptsMade, Random random) {
        double jitter;
        synchronized (random) {
            jitter = random.nextDouble();
        }
        if (result.retryAfter() != null) {
            long after = Math.min(result.retryAfter().toNanos(), maxRetryAfter.toNanos());
            return Duration.ofNanos(after + (long) (after * 0.1 * jitter));
        }
        double exp = baseDelay.toNanos() * Math.pow(2, Math.max(0, attemptsMade - 1));
        double capped = Math.min(maxDelay.toNanos(), exp);
        return Duration.ofNanos((long) (capped * (0.5 + 0.5 * jitter)));
    }
}
