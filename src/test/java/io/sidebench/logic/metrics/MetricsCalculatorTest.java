package io.sidebench.logic.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.model.Chunk;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    private final MetricsCalculator calc = MetricsCalculator.withCl100k();

    private static ModelResult ok(String text, String reasoning, List<Chunk> chunks, double e2e, Integer in, Integer out) {
        return new ModelResult(text, reasoning, chunks, 0, e2e, in, out, null, null, 0, null);
    }

    @Test
    void workedExampleWithApiUsage() {
        // four chunks at 100, 120, 150, 160 ms; the response ends at 200 ms; the API says 5 output tokens
        ModelResult r = ok("abcd", null, List.of(new Chunk(100, "a", false), new Chunk(120, "b", false),
                new Chunk(150, "c", false), new Chunk(160, "d", false)), 200, 1000, 5);
        Metrics m = calc.compute(r, List.of(), ModelProfile.EMPTY.withPrices(1.0, 2.0));

        assertThat(m.ttftMs()).isEqualTo(100.0);
        assertThat(m.ttfaMs()).isEqualTo(100.0);
        assertThat(m.e2eMs()).isEqualTo(200.0);
        assertThat(m.outputTokens()).isEqualTo(5);
        assertThat(m.tokensEstimated()).isFalse();
        assertThat(m.tpotMs()).isEqualTo(25.0);                 // (200 - 100) / (5 - 1)
        assertThat(m.itlP50Ms()).isEqualTo(20.0);               // gaps 20, 30, 10
        assertThat(m.itlP95Ms()).isCloseTo(29.0, within(1e-9)); // 20 + 0.9 * (30 - 20)
        assertThat(m.tokensPerSecond()).isEqualTo(25.0);        // 5 / 0.2 s
        assertThat(m.charsPerSecond()).isEqualTo(20.0);         // 4 / 0.2 s
        assertThat(m.cost()).isCloseTo(0.00101, within(1e-12)); // (1000 * 1 + 5 * 2) / 1e6
    }

    @Test
    void reasoningCountsForTtftButNotForTtfa() {
        ModelResult r = ok("Paris", "think", List.of(new Chunk(0, "", false), new Chunk(50, "think", true),
                new Chunk(80, "Paris", false)), 100, 10, 3);
        Metrics m = calc.compute(r, List.of(), ModelProfile.EMPTY);

        assertThat(m.ttftMs()).isEqualTo(50.0);  // the empty role chunk does not count
        assertThat(m.ttfaMs()).isEqualTo(80.0);
        assertThat(m.tpotMs()).isEqualTo(25.0);  // (100 - 50) / 2
        assertThat(m.itlP50Ms()).isEqualTo(30.0);
        assertThat(m.cost()).isNull();           // no prices known
    }

    @Test
    void countsTokensWithCl100kWhenTheApiDidNotSay() {
        ModelResult r = ok("hello world", null, List.of(new Chunk(10, "hello", false), new Chunk(30, " world", false)),
                50, null, null);
        Metrics m = calc.compute(r, List.of(ChatMessage.user("hello world")), ModelProfile.EMPTY.withPrices(1.0, 1.0));

        assertThat(m.outputTokens()).isEqualTo(2);
        assertThat(m.tokensEstimated()).isTrue();
        assertThat(m.inputTokens()).isEqualTo(2);
        assertThat(m.tpotMs()).isEqualTo(40.0);  // (50 - 10) / 1
        assertThat(m.tokensPerSecond()).isEqualTo(40.0);
        assertThat(m.cost()).isCloseTo(4e-6, within(1e-15));
    }

    @Test
    void specialTokenMarkersAreCountedAsText() {
        assertThat(new Cl100kTokenCounter().count("<|endoftext|>")).isGreaterThan(1);
    }

    @Test
    void oneTokenHasNoTpotAndNoInterTokenLatency() {
        ModelResult r = ok("Hi", null, List.of(new Chunk(70, "Hi", false)), 90, 3, 1);
        Metrics m = calc.compute(r, List.of(), null);

        assertThat(m.ttftMs()).isEqualTo(70.0);
        assertThat(m.tpotMs()).isNull();
        assertThat(m.itlP50Ms()).isNull();
        assertThat(m.itlP95Ms()).isNull();
        assertThat(m.cost()).isNull();
    }

    @Test
    void failureBeforeAnyChunkHasOnlyLatency() {
        ModelResult r = ModelResult.failed(FailureKind.SERVER_ERROR, "HTTP 500", "", List.of(), 0, 12, 500, null);
        Metrics m = calc.compute(r, List.of(), ModelProfile.EMPTY);

        assertThat(m.ttftMs()).isNull();
        assertThat(m.ttfaMs()).isNull();
        assertThat(m.e2eMs()).isEqualTo(12.0);
        assertThat(m.outputTokens()).isZero();
        assertThat(m.tpotMs()).isNull();
        assertThat(m.tokensPerSecond()).isZero();
    }

    @Test
    void percentilesInterpolateLikeNumpy() {
        assertThat(Percentiles.of(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2.5);
        assertThat(Percentiles.of(new double[] {5}, 95)).isEqualTo(5.0);
        assertThat(Percentiles.of(new double[] {}, 50)).isNull();
        assertThat(Percentiles.of(new double[] {0, 10}, 95)).isCloseTo(9.5, within(1e-12));
    }
}
