package io.sidebench.logic.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredSpeedTest {
    private static final CellKey CELL = new CellKey(1, 2, 3, 0);

    static Completion completion(CompletionStatus status, Double ttft, Double e2e, Integer tokens, Double tps) {
        Metrics m = new Metrics(ttft, ttft, e2e, 10, tokens, false, null, null, null, tps, null, null);
        return new Completion(0, CELL, status, status == CompletionStatus.OK ? "answer" : null, List.of(), null,
                status == CompletionStatus.OK ? null : "HTTP 500", m, List.of(), false, 1, null);
    }

    @Test
    void anAnswerKeepsItsFiguresAndTokensPerSecondIsTokensOverEndToEndSeconds() {
        MeasuredSpeed s = MeasuredSpeed.of(completion(CompletionStatus.OK, 200.0, 2_000.0, 100, 50.0), false);
        assertThat(s.ttftMs()).isEqualTo(200.0);
        assertThat(s.e2eMs()).isEqualTo(2_000.0);
        assertThat(s.tokensPerSecond()).isEqualTo(50.0);
        assertThat(s.outputTokens()).isEqualTo(100);
        assertThat(MeasuredSpeed.of(completion(CompletionStatus.OK, 200.0, 2_000.0, 100, null), false)
                .tokensPerSecond()).isEqualTo(50.0);
    }

    @Test
    void aFailedRequestMeasuredNothing() {
        // what a refused connection stores: a few ms, zero tokens, 0 tok/s
        MeasuredSpeed s = MeasuredSpeed.of(completion(CompletionStatus.ERROR, null, 3.0, 0, 0.0), false);
        assertThat(s.ttftMs()).isNull();
        assertThat(s.e2eMs()).isNull();
        assertThat(s.tokensPerSecond()).isNull();
        assertThat(s.outputTokens()).isNull();
        MeasuredSpeed partial = MeasuredSpeed.of(completion(CompletionStatus.ERROR, 120.0, 900.0, 12, 13.3), false);
        assertThat(partial.ttftMs()).isEqualTo(120.0);
        assertThat(partial.outputTokens()).isEqualTo(12);
        assertThat(partial.tokensPerSecond()).isNull();
    }

    @Test
    void aBaselineHasATokenCountButNoMeaningfulSpeed() {
        // the reference baseline "answers" in microseconds: 190 tokens / 0.000003 s
        MeasuredSpeed s = MeasuredSpeed.of(completion(CompletionStatus.OK, 0.003, 0.003, 190, 63_339_731.3), true);
        assertThat(s.ttftMs()).isNull();
        assertThat(s.e2eMs()).isNull();
        assertThat(s.tokensPerSecond()).isNull();
        assertThat(s.outputTokens()).isEqualTo(190);
    }

    @Test
    void anAnswerProducedFasterThanAnyRequestHasNoSpeed() {
        MeasuredSpeed s = MeasuredSpeed.of(completion(CompletionStatus.OK, 0.2, 0.5, 40, 80_000.0), false);
        assertThat(s.e2eMs()).isNull();
        assertThat(s.tokensPerSecond()).isNull();
        assertThat(s.outputTokens()).isEqualTo(40);
    }
}
