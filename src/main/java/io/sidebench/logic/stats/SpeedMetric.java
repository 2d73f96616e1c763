package io.sidebench.logic.stats;

import io.sidebench.model.Metrics;
import java.util.function.Function;

/** The speed and cost figures of {@link Metrics}, as metrics statistics can be computed on. */
public enum SpeedMetric {
    TTFT("ttft_ms", "ms", false, Metrics::ttftMs),
    TTFA("ttfa_ms", "ms", false, Metrics::ttfaMs),
    E2E("e2e_ms", "ms", false, Metrics::e2eMs),
    TPOT("tpot_ms", "ms", false, Metrics::tpotMs),
    ITL_P50("itl_p50_ms", "ms", false, Metrics::itlP50Ms),
    ITL_P95("itl_p95_ms", "ms", false, Metrics::itlP95Ms),
    TOKENS_PER_SECOND("tokens_per_s", "tokens/s", true, Metrics::tokensPerSecond),
    CHARS_PER_SECOND("chars_per_s", "chars/s", true, Metrics::charsPerSecond),
    INPUT_TOKENS("input_tokens", "tokens", false, m -> m.inputTokens() == null ? null : m.inputTokens().doubleValue()),
    OUTPUT_TOKENS("output_tokens", "tokens", false, m -> m.outputTokens() == null ? null : m.outputTokens().doubleValue()),
    COST("cost_usd", "USD", false, Metrics::cost);

    private final String id;
    private final String unit;
    private final boolean higherIsBetter;
    private final Function<Metrics, Double> extractor;

    SpeedMetric(String id, String unit, boolean higherIsBetter, Function<Metrics, Double> extractor) {
        this.id = id;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.extractor = extractor;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The figure, {@code null} when not measured. */
    public Double of(Metrics metrics) {
        return extractor.apply(metrics);
    }

    public static SpeedMetric byId(String id) {
        for (SpeedMetric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
