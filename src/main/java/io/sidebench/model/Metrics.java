package io.sidebench.model;

/**
 * Speed figures of one completion, from the client's point of view, as benchmark tools define them.
 * All times are milliseconds; any figure may be {@code null} when it cannot be measured
 * (e.g. TPOT of a one-token answer).
 *
 * @param ttftMs            time to the first streamed token of any kind (reasoning included)
 * @param ttfaMs            time to the first visible answer token
 * @param e2eMs             end-to-end latency of the whole request
 * @param inputTokens       prompt tokens as reported by the API (or estimated)
 * @param outputTokens      completion tokens as reported by the API, else counted with a tokenizer
 * @param tokensEstimated   true when {@code outputTokens} was counted by us, not reported by the API
 * @param tpotMs            (e2e - ttft) / (outputTokens - 1)
 * @param itlP50Ms          median inter-token (inter-chunk) latency
 * @param itlP95Ms          95th percentile inter-token latency
 * @param tokensPerSecond   output tokens / e2e seconds
 * @param charsPerSecond    output characters / e2e seconds
 * @param cost              USD, {@code null} when the price is unknown
 */
public record Metrics(Double ttftMs, Double ttfaMs, Double e2eMs, Integer inputTokens, Integer outputTokens,
                      boolean tokensEstimated, Double tpotMs, Double itlP50Ms, Double itlP95Ms,
                      Double tokensPerSecond, Double charsPerSecond, Double cost) {
    public static final Metrics NONE = new Metrics(null, null, null, null, null, false, null, null, null, null,
            null, null);
}
