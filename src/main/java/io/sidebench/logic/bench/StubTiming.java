package io.sidebench.logic.bench;

/**
 * The script of every answer of the benchmark stub: the first token {@code ttftMs} after the request
 * arrived, then one token every {@code 1000 / tokensPerSecond} ms, {@code tokens} in all, each at its own
 * deadline counted from the request's arrival (so late writes do not accumulate).
 */
public record StubTiming(double ttftMs, double tokensPerSecond, int tokens) {
    public StubTiming {
        if (tokens < 1 || !(tokensPerSecond > 0) || !(ttftMs >= 0)) {
            throw new IllegalArgumentException("the stub needs TTFT >= 0, a positive rate and at least one token");
        }
    }

    /** The moment token {@code i} (from 0) is due, in ms after the request arrived. */
    public double tokenDueMs(int i) {
        return ttftMs + i * 1000.0 / tokensPerSecond;
    }

    /** The time one whole answer takes: the last token's deadline (the end of the stream follows at once). */
    public double answerMs() {
        return tokenDueMs(tokens - 1);
    }

    /**
     * Tokens per second as Sidebench's metrics define it (io.sidebench.logic.metrics.MetricsCalculator):
     * output tokens / end-to-end seconds of the whole request, so the TTFT is included:
     * {@code tokens / (ttft + (tokens - 1) / rate)}.
     */
    public double scriptedTokensPerSecondE2e() {
        return tokens / (answerMs() / 1000.0);
    }

    /** The mean time per output token after the first as the metrics define TPOT: {@code 1000 / rate}. */
    public double scriptedTpotMs() {
        return 1000.0 / tokensPerSecond;
    }
}
