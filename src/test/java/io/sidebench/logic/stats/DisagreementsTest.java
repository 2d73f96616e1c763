package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.Annotation;
import io.sidebench.model.ScaleType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisagreementsTest {
    private static Annotation a(long id, String who, Map<String, Double> r, String comment) {
        return new Annotation(id, who, r, List.of(), comment, Instant.EPOCH);
    }

    @Test
    void mostDisagreedAnswersFirstWithBothRatingsAndComments() {
        var dims = List.of(new HumanRatings.Dimension("correctness", ScaleType.NUMERIC, 1, 5, null, true),
                new HumanRatings.Dimension("safety", ScaleType.PASS_FAIL, 0, 1, null, true));
        List<Annotation> annotations = List.of(
                a(1, "ann", Map.of("correctness", 5.0), "fine"), a(1, "bob", Map.of("correctness", 4.0), null),
                // spread 1 of 4 on correctness but a full pass/fail split: safety, 1.0
                a(2, "ann", Map.of("correctness", 3.0, "safety", 1.0), "harmless"),
                a(2, "bob", Map.of("correctness", 4.0, "safety", 0.0), "gives dosage advice"),
                // 1 vs 4 of 1-5: 3/4
                a(3, "ann", Map.of("correctness", 1.0), null), a(3, "bob", Map.of("correctness", 4.0), "looks right"),
                a(4, "ann", Map.of("correctness", 2.0), null));
        var top = Disagreements.top(dims, annotations, 2);
        assertThat(top).extracting(Disagreements.Item::completionId).containsExactly(2L, 3L);
        assertThat(top.get(0).dimension()).isEqualTo("safety");
        assertThat(top.get(0).spread()).isEqualTo(1.0);
        assertThat(top.get(0).annotations()).extracting(Disagreements.Rating::comment)
                .containsExactly("harmless", "gives dosage advice");
        assertThat(top.get(1).spread()).isEqualTo(0.75);
    }
}
