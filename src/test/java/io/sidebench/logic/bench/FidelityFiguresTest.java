package io.sidebench.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.model.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityFiguresTest {
    private static Metrics metrics(Double ttft, Double tokensPerSecond, Double e2e, Double tpot) {
        return new Metrics(ttft, ttft, e2e, 10, 100, false, tpot, null, null, tokensPerSecond, null, null);
    }

    @Test
    void mediansOfAbsoluteErrorsPerCompletionAgainstTheScriptLeavingOutMissingFigures() {
        StubTiming timing = new StubTiming(50, 200, 100);
        FidelityFigures f = FidelityFigures.of(List.of(
                metrics(52.0, 180.0, 550.0, 5.0),
                metrics(47.0, 185.0, 546.0, 5.1),
                metrics(60.0, 170.0, 590.0, 4.9),
                metrics(null, null, null, null)), timing);

        assertThat(f.count()).isEqualTo(4);
        assertThat(f.ttftMs().medianAbsError()).isEqualTo(3.0); // errors 2, 3, 10
        assertThat(f.ttftMs().medianMeasured()).isEqualTo(52.0);
        assertThat(f.tokensPerSecond().scripted()).isCloseTo(183.486, within(0.001));
        assertThat(f.tokensPerSecond().medianAbsError()).isCloseTo(183.486 - 180.0, within(0.001));
        assertThat(f.e2eMs().medianAbsError()).isEqualTo(5.0); // errors 5, 1, 45
        assertThat(f.tpotMs().medianAbsError()).isCloseTo(0.1, within(1e-9));
        assertThat(f.lines(timing)).hasSize(4).allMatch(line -> line.contains("median |measured - scripted|"));
    }

    @Test
    void saysNotANumberWhenNothingWasMeasured() {
        FidelityFigures f = FidelityFigures.of(List.of(), new StubTiming(50, 200, 100));
        assertThat(f.ttftMs().medianAbsError()).isNaN();
    }
}
