package io.sidebench.logic.run;

/**
 * Limits of one endpoint (a model deployment).
 *
 * @param concurrency       requests in flight at once, at least 1
 * @param requestsPerMinute 0 for no limit
 * @param tokensPerMinute   input + output tokens per minute, 0 for no limit
 */
public record EndpointLimits(int concurrency, int requestsPerMinute, long tokensPerMinute) {
    public EndpointLimits {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("rate limits cannot be negative");
        }
    }

    public static EndpointLimits concurrency(int n) {
        return new EndpointLimits(n, 0, 0);
    }
}
