package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.util.Json;
import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsServiceTest {
    @TempDir
    Path dir;

    @Test
    void buildsLeaderboardSummariesVotesAndTests() throws Exception {
        List<PromptSpec> specs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            specs.add(new PromptSpec("q" + i, "r" + i, i % 2 == 0 ? "math" : "facts"));
        }
        var fx = new ScoringProjectFixture(dir, specs, List.of("strong", "weak", "flaky"));
        List<Completion> completions = fx.answer((m, p) -> m == 2 && p == 0 ? null : "answer",
                (m, p) -> new Metrics(100.0 * (m + 1), null, 1000.0 + p, null, 50, false, null, null, null,
                        10.0 / (m + 1), null, null));
        List<Score> scores = new ArrayList<>();
        for (Completion c : completions) {
            if (c.isOk()) {
                int m = fx.models.indexOf(fx.models.stream().filter(x -> x.id() == c.cell().modelId()).findFirst().get());
                int p = fx.prompts.indexOf(fx.prompts.stream().filter(x -> x.id() == c.cell().promptId()).findFirst().get());
                double value = m == 0 ? 0.8 + 0.01 * (p % 5) : m == 1 ? 0.2 + 0.1 * (p % 5) : 0.41 + 0.01 * (p % 3);
                scores.add(new Score(c.id(), "rougeL", value, null, "h"));
            }
        }
        fx.store.scores().saveAll(scores);
        Completion c0 = completions.get(0);
        Completion c1 = completions.get(20);
        long strong = fx.models.get(0).id();
        long weak = fx.models.get(1).id();
        for (int i = 0; i < 6; i++) {
            fx.store.votes().add(new Vote(0, fx.run.id(), c0.cell().promptId(), c0.id(), c1.id(), strong, weak,
                    i < 5 ? VoteOutcome.LEFT : VoteOutcome.TIE, "alice", false, Instant.EPOCH));
        }
        fx.store.votes().add(new Vote(0, fx.run.id(), c0.cell().promptId(), c1.id(), c0.id(), weak, strong,
                VoteOutcome.LEFT, "judge:j", true, Instant.EPOCH));

        var report = new StatsService(new Bootstrap(1, 500, 0.95), new BradleyTerry(1.0))
                .compute(RunDataset.load(fx.store, fx.run.id()), null);

        assertThat(report.primaryMetric()).isEqualTo("rougeL");
        assertThat(report.failedCompletions()).isEqualTo(1);
        assertThat(report.leaderboard()).extracting(Leaderboard.Row::model).containsExactly("strong", "flaky", "weak");
        assertThat(report.leaderboard()).extracting(Leaderboard.Row::rank).containsExactly(1, 2, 2);
        assertThat(report.leaderboard().get(0).others()).containsKeys("ttft_ms", "tokens_per_s");
        assertThat(report.summaries()).anyMatch(g -> g.metric().equals("rougeL") && "math".equals(g.category()));
        var ttftStrong = report.summaries().stream().filter(g -> g.metric().equals("ttft_ms") && g.category() == null
                && g.modelId() == strong).findFirst().orElseThrow();
        assertThat(ttftStrong.summary().mean()).isEqualTo(100.0);
        assertThat(ttftStrong.unit()).isEqualTo("ms");
        var flakyRouge = report.summaries().stream().filter(g -> g.metric().equals("rougeL") && g.category() == null
                && g.model().equals("flaky")).findFirst().orElseThrow();
        assertThat(flakyRouge.summary().n()).isEqualTo(19);

        assertThat(report.humanVotes().votes()).isEqualTo(6);
        assertThat(report.humanVotes().voters()).containsExactly("alice");
        assertThat(report.humanVotes().winMatrix().cell(strong, weak).wins()).isEqualTo(5);
        assertThat(report.humanVotes().ratings().get(0).rating()).isGreaterThan(report.humanVotes().ratings().get(1).rating());
        assertThat(report.judgeVotes().votes()).isEqualTo(1);
        assertThat(report.judgeVotes().winMatrix().cell(weak, strong).wins()).isEqualTo(1);

        assertThat(report.pairedTests()).hasSize(3);
        var strongVsFlaky = report.pairedTests().get(0);
        assertThat(strongVsFlaky.prompts()).isEqualTo(19);
        assertThat(strongVsFlaky.significant()).isTrue();

        String json = Json.write(report);
        assertThat(json).contains("\"primaryMetric\":\"rougeL\"").contains("\"leaderboard\"");

        var bySpeed = new StatsService(new Bootstrap(1, 200, 0.95), new BradleyTerry(1.0))
                .compute(RunDataset.load(fx.store, fx.run.id()), "ttft_ms");
        assertThat(bySpeed.higherIsBetter()).isFalse();
        assertThat(bySpeed.leaderboard().get(0).model()).isEqualTo("strong");
        assertThatThrownBy(() -> StatsService.defaults().compute(RunDataset.load(fx.store, fx.run.id()), "bleu"))
                .hasMessageStartingWith("the run has no values for 'bleu'");
        fx.store.close();
    }
}
