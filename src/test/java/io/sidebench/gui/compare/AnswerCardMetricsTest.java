package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The speed line of an answer card: "–" where nothing was measured. */
class AnswerCardMetricsTest {
    private final Messages en = new Messages(Locale.ENGLISH);

    private static Completion completion(CompletionStatus status, Double ttft, Double e2e, Integer tokens, Double tps) {
        Metrics m = new Metrics(ttft, ttft, e2e, 10, tokens, false, null, null, null, tps, null, null);
        return new Completion(0, new CellKey(1, 2, 3, 0), status, status == CompletionStatus.OK ? "a" : null,
                List.of(), null, status == CompletionStatus.OK ? null : "HTTP 500", m, List.of(), false, 1, null);
    }

    @Test
    void aFailedCardShowsDashesNotZeros() {
        String line = AnswerCard.metrics(en, completion(CompletionStatus.ERROR, null, 3.0, 0, 0.0), false);
        assertThat(line).isEqualTo("\u2013 s \u00B7 \u2013 tok/s \u00B7 \u2013 tokens");
        assertThat(line).doesNotContain("0.00 s").doesNotContain("0.0 tok/s").doesNotContain("0 tokens");
    }

    @Test
    void theReferenceBaselineShowsNoSpeed() {
        String line = AnswerCard.metrics(en, completion(CompletionStatus.OK, 0.003, 0.003, 1_900, 63_339_731.3), true);
        assertThat(line).isEqualTo("\u2013 s \u00B7 \u2013 tok/s \u00B7 1,900 tokens");
    }

    @Test
    void anAnswerShowsEveryFigure() {
        String line = AnswerCard.metrics(en, completion(CompletionStatus.OK, 250.0, 2_500.0, 100, 40.0), false);
        assertThat(line).isEqualTo("TTFT 250 ms \u00B7 2.50 s \u00B7 40.0 tok/s \u00B7 100 tokens");
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(AnswerCard.metrics(zh, completion(CompletionStatus.ERROR, null, 3.0, 0, 0.0), false))
                .isEqualTo("\u2013 \u79D2 \u00B7 \u2013 \u8BCD\u5143/\u79D2 \u00B7 \u2013 \u8BCD\u5143");
    }
}
