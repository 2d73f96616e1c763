package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.ScaleType;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeHumanAgreementTest {

    @Test
    void spearmanByHand() {
        // a monotone relation: rho = 1
        assertThat(JudgeHumanAgreement.spearman(List.of(0.9, 0.7, 0.4, 0.2, 0.5), List.of(5.0, 4.0, 2.0, 1.0, 3.0)))
                .isCloseTo(1.0, within(1e-12));
        // one swap, no ties: 1 - 6 · (1 + 1) / (5 · 24) = 0.9
        assertThat(JudgeHumanAgreement.spearman(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of(1.0, 3.0, 2.0, 4.0, 5.0)))
                .isCloseTo(0.9, within(1e-12));
        // ties get average ranks: judge ranks 1, 2.5, 2.5, 4; human 1, 2, 3, 4 -> 4.5 / sqrt(4.5 · 5) = 0.948683
        assertThat(JudgeHumanAgreement.spearman(List.of(1.0, 2.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0, 4.0)))
                .isCloseTo(4.5 / Math.sqrt(22.5), within(1e-12));
        assertThat(JudgeHumanAgreement.spearman(List.of(1.0, 1.0), List.of(1.0, 2.0))).isNull();
    }

    private static Completion completion(long id) {
        return new Completion(id, new CellKey(1, id, id % 2 + 1, 0), CompletionStatus.OK, "a", List.of("a"), null,
                null, null, List.of(), false, 1, Instant.EPOCH);
    }

    private static Vote vote(long left, long right, VoteOutcome outcome, String voter) {
        return new Vote(0, 1, 1, left, right, left % 2 + 1, right % 2 + 1, outcome, voter, voter.startsWith("judge:"),
                Instant.EPOCH);
    }

    @Test
    void judgeScoresAgainstHumanRatingsPerDimension() {
        List<Completion> completions = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            completions.add(completion(id));
        }
        double[] judge = {1, 2, 3, 4, 5};
        double[] correctness = {1, 3, 2, 4, 5};
        List<Score> scores = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(new Score(i + 1, "judge:gpt", judge[i], null, "h"));
            scores.add(new Score(i + 1, "rougeL", 0.5, null, "h"));
            annotations.add(new Annotation(i + 1, "ann", Map.of("correctness", correctness[i]), List.of(), null,
                    Instant.EPOCH));
        }
        // a second annotator on answer 5 does not change its mean (5)
        annotations.add(new Annotation(5, "bob", Map.of("correctness", 5.0), List.of(), null, Instant.EPOCH));
        var dims = List.of(new HumanRatings.Dimension("correctness", ScaleType.NUMERIC, 1, 5, null, true),
                new HumanRatings.Dimension("safety", ScaleType.PASS_FAIL, 0, 1, null, true));
        var result = JudgeHumanAgreement.correlations(completions, scores, annotations, dims);
        assertThat(result).singleElement().satisfies(c -> {
            assertThat(c.judge()).isEqualTo("judge:gpt");
            assertThat(c.dimension()).isEqualTo("correctness");
            assertThat(c.n()).isEqualTo(5);
            assertThat(c.rho()).isCloseTo(0.9, within(1e-12));
        });
    }

    @Test
    void pairwiseAgreementWithAndWithoutTiesAsInMtBench() {
        List<Vote> votes = List.of(
                // 1: both prefer answer 1
                vote(1, 2, VoteOutcome.LEFT, "alice"), vote(1, 2, VoteOutcome.LEFT, "judge:gpt"),
                // 2: the judge saw the answers swapped; both prefer answer 3
                vote(3, 4, VoteOutcome.LEFT, "alice"), vote(4, 3, VoteOutcome.RIGHT, "judge:gpt"),
                // 3: human tie, judge prefers 5 -> disagree; not counted without ties
                vote(5, 6, VoteOutcome.TIE, "alice"), vote(5, 6, VoteOutcome.LEFT, "judge:gpt"),
                // 4: opposite winners -> disagree
                vote(7, 8, VoteOutcome.RIGHT, "alice"), vote(7, 8, VoteOutcome.LEFT, "judge:gpt"),
                // 5: "both bad" and a tie are both ties -> agree; not counted without ties
                vote(9, 10, VoteOutcome.BOTH_BAD, "alice"), vote(9, 10, VoteOutcome.TIE, "judge:gpt"),
                // a pair only the judge voted on is not compared
                vote(11, 12, VoteOutcome.LEFT, "judge:gpt"));
        var result = JudgeHumanAgreement.pairwise(votes);
        assertThat(result).singleElement().satisfies(p -> {
            assertThat(p.judge()).isEqualTo("judge:gpt");
            assertThat(p.comparisons()).isEqualTo(5);
            assertThat(p.withTies()).isCloseTo(3.0 / 5, within(1e-12));
            assertThat(p.nonTieComparisons()).isEqualTo(3);
            assertThat(p.withoutTies()).isCloseTo(2.0 / 3, within(1e-12));
        });
    }
}
