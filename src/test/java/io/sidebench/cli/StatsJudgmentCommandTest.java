package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.stats.HumanRatingsFixture;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Completion;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsJudgmentCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String project() throws Exception {
        var fx = HumanRatingsFixture.ratedProject(dir);
        List<Completion> c = fx.store.completions().forRun(fx.run.id(), false);
        long good = fx.models.get(0).id();
        long fast = fx.models.get(1).id();
        Completion g0 = c.stream().filter(x -> x.cell().modelId() == good).findFirst().orElseThrow();
        Completion f0 = c.stream().filter(x -> x.cell().modelId() == fast && x.cell().promptId() == g0.cell().promptId())
                .findFirst().orElseThrow();
        for (int i = 0; i < 4; i++) {
            fx.store.votes().add(new Vote(0, fx.run.id(), g0.cell().promptId(), g0.id(), f0.id(), good, fast,
                    i < 3 ? VoteOutcome.LEFT : VoteOutcome.RIGHT, "ann", false, Instant.EPOCH));
        }
        String file = fx.store.file().toString();
        fx.store.close();
        return file;
    }

    @Test
    void statsPrintsHumanResultsPerDimensionAgreementAndTheMetricsToRankBy() throws Exception {
        String file = project();
        Result stats = cli("stats", file, "--resamples", "200");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("Human ratings per rubric dimension (each on its own scale")
                .containsPattern("correctness\\s+1–5\\s+all\\s+m-good\\s+4\\s+4\\.000")
                .containsPattern("safety\\s+pass/fail\\s+all\\s+m-good\\s+4\\s+pass 0\\.750\\s+\\[0\\.301, 0\\.954\\]")
                .containsPattern("overall\\s+0–1 weighted\\s+all\\s+m-good\\s+4\\s+0\\.750")
                .contains("overall = overall human score (weighted mean of (v−min)/(max−min), 0–1)")
                .contains("Inter-annotator agreement per rubric dimension")
                .containsPattern("safety\\s+nominal\\s+1\\s+2")
                .contains("Answers the annotators disagree on most")
                .containsPattern("prompt p0 / m-fast\\s+safety\\s+spread 1\\.00")
                .contains("Annotation progress")
                .containsPattern("bob\\s+correctness\\s+1 rated\\s+7 left")
                .contains("Metrics to rank by (--metric):").contains("human:correctness").contains("human:overall")
                .contains("bt:human")
                .doesNotContain("Human rating ");
    }

    @Test
    void leaderboardByAnyRubricDimensionTheOverallOrBradleyTerry() throws Exception {
        String file = project();
        Result bySafety = cli("stats", file, "--metric", "human:safety", "--resamples", "200");
        assertThat(bySafety.code()).as(bySafety.err()).isZero();
        assertThat(bySafety.out()).contains("Leaderboard by human:safety (higher is better")
                .containsPattern("1\\s+m-good\\s+4\\s+0\\.750");

        Result json = cli("stats", file, "--metric", "human:overall", "--json", "--resamples", "200");
        assertThat(json.code()).as(json.err()).isZero();
        var node = Json.mapper().readTree(json.out());
        assertThat(node.at("/primaryMetric").asText()).isEqualTo("human:overall");
        assertThat(node.at("/leaderboard/0/model").asText()).isEqualTo("m-good");
        assertThat(node.at("/leaderboard/0/summary/mean").asDouble()).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(node.at("/judgment/overallLabel").asText()).contains("weighted mean");
        assertThat(node.at("/judgment/agreement/0/dimension").asText()).isEqualTo("correctness");
        assertThat(node.at("/metrics").toString()).contains("human:tone");

        Result byVotes = cli("stats", file, "--metric", "bt:human", "--resamples", "200");
        assertThat(byVotes.code()).as(byVotes.err()).isZero();
        assertThat(byVotes.out()).contains("Leaderboard by bt:human").containsPattern("1\\s+m-good");

        Result unknown = cli("stats", file, "--metric", "human:nothing");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("the run has no values for 'human:nothing'");
    }
}
