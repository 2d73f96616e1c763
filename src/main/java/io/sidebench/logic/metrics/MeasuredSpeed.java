package io.sidebench.logic.metrics;

import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;

/**
 * The speed figures of one answer that were really measured, for display: {@code null} where nothing was
 * measured, so screens show "–" instead of a zero or a meaningless number.
 * <ul>
 * <li>A failed request measured no answer: no time, speed or token count (TTFT and tokens only when part of an
 * answer had arrived).</li>
 * <li>A baseline sends no request and answers at once: its time and speed say nothing (its token count does).</li>
 * <li>tokens/s is the same definition everywhere ({@link MetricsCalculator}: output tokens / end-to-end
 * seconds), and only when at least {@link #MIN_E2E_MS} elapsed and some tokens came.</li>
 * </ul>
 */
public final class MeasuredSpeed {
    /** Below this end-to-end time no network request was timed (e.g. an answer produced in-process). */
    public static final double MIN_E2E_MS = 1.0;

    private final Double ttftMs;
    private final Double e2eMs;
    private final Double tokensPerSecond;
    private final Integer outputTokens;

    private MeasuredSpeed(Double ttftMs, Double e2eMs, Double tokensPerSecond, Integer outputTokens) {
        this.ttftMs = ttftMs;
        this.e2eMs = e2eMs;
        this.tokensPerSecond = tokensPerSecond;
        this.outputTokens = outputTokens;
    }

    /** The figures of {@code completion}, answered by a baseline when {@code baseline}. */
    public static MeasuredSpeed of(Completion completion, boolean baseline) {
        Metrics m = completion.metrics();
        Integer tokens = m.outputTokens() != null && (completion.isOk() || m.outputTokens() > 0) ? m.outputTokens()
                : null;
        if (baseline) {
            return new MeasuredSpeed(null, null, null, tokens);
        }
        if (!completion.isOk()) {
            boolean partial = tokens != null && tokens > 0;
            return new MeasuredSpeed(partial ? m.ttftMs() : null, null, null, tokens);
        }
        Double e2e = m.e2eMs() != null && m.e2eMs() >= MIN_E2E_MS ? m.e2eMs() : null;
        Double tps = null;
        if (e2e != null && tokens != null && tokens > 0) {
            tps = m.tokensPerSecond() != null ? m.tokensPerSecond() : tokens / (e2e / 1000.0);
        }
        return new MeasuredSpeed(m.ttftMs(), e2e, tps, tokens);
    }

    /** Time to the first token, or {@code null}. */
    public Double ttftMs() {
        return ttftMs;
    }

    /** End-to-end time of the request, or {@code null}. */
    public Double e2eMs() {
        return e2eMs;
    }

    /** Output tokens per end-to-end second, or {@code null}. */
    public Double tokensPerSecond() {
        return tokensPerSecond;
    }

    /** Output tokens, or {@code null}. */
    public Integer outputTokens() {
        return outputTokens;
    }
}
