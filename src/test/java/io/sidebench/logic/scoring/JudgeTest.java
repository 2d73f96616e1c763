package io.sidebench.logic.scoring;

import static io.sidebench.logic.scoring.ScoringFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
    @TempDir
    Path dir;

    @Test
    void parsesRatings() {
        var r = JudgeVerdicts.parseRating("The answer is correct and concise.\nRating: [[8]]");
        assertThat(r.value()).isEqualTo(8.0);
        assertThat(r.rationale()).isEqualTo("The answer is correct and concise. Rating:");
        assertThat(JudgeVerdicts.parseRating("Good. [[7.5]]").value()).isEqualTo(7.5);
        assertThat(JudgeVerdicts.parseRating("Fine [[ 9/10 ]]").value()).isEqualTo(9.0);
        assertThat(JudgeVerdicts.parseRating("Mostly right.\nRating: 6").value()).isEqualTo(6.0);
        assertThat(JudgeVerdicts.parseRating("Same twice [[4]] ... [[4]]").value()).isEqualTo(4.0);
        assertThat(JudgeVerdicts.parseRating("<think>maybe [[2]]? no</think>Solid answer. [[9]]").value()).isEqualTo(9.0);
        assertThat(JudgeVerdicts.parseRating("评分：7").value()).isEqualTo(7.0);
    }

    @Test
    void malformedRatingsAreReportedNotGuessed() {
        assertThat(JudgeVerdicts.parseRating("I would give it a seven out of ten.").problem())
                .isEqualTo("no rating in the [[N]] form");
        assertThat(JudgeVerdicts.parseRating("The answer mentions 3 facts and 10 dates.").value()).isNull();
        assertThat(JudgeVerdicts.parseRating("First [[3]] then [[8]]").problem()).isEqualTo("conflicting ratings [3.0, 8.0]");
        assertThat(JudgeVerdicts.parseRating("[[11]]").problem()).isEqualTo("rating 11 is outside 1-10");
        assertThat(JudgeVerdicts.parseRating("[[0]]").problem()).isEqualTo("rating 0 is outside 1-10");
        assertThat(JudgeVerdicts.parseRating("   ").problem()).isEqualTo("empty judge output");
        assertThat(JudgeVerdicts.parseRating(null).problem()).isEqualTo("empty judge output");
        assertThat(JudgeVerdicts.parseRating("<think>[[8]]").problem()).isEqualTo("empty judge output");
    }

    @Test
    void parsesPairVerdicts() {
        assertThat(JudgeVerdicts.parsePair("A is more accurate. [[A]]").outcome()).isEqualTo(VoteOutcome.LEFT);
        assertThat(JudgeVerdicts.parsePair("[[B]]").outcome()).isEqualTo(VoteOutcome.RIGHT);
        assertThat(JudgeVerdicts.parsePair("Equally good: [[C]]").outcome()).isEqualTo(VoteOutcome.TIE);
        assertThat(JudgeVerdicts.parsePair("[[tie]]").outcome()).isEqualTo(VoteOutcome.TIE);
        assertThat(JudgeVerdicts.parsePair("Assistant A is better.").problem())
                .isEqualTo("no verdict in the [[A]]/[[B]]/[[C]] form");
        assertThat(JudgeVerdicts.parsePair("[[A]] no wait [[B]]").problem()).startsWith("conflicting verdicts");
        assertThat(JudgeVerdicts.parsePair("[[D]]").problem()).isEqualTo("unknown verdict [D]");
    }

    @Test
    void templatesFillPlaceholdersOnceAndCanBeOverridden() throws Exception {
        JudgeTemplates t = JudgeTemplates.defaults();
        String rendered = t.renderSingle("Q?", null, "I say {{reference}} literally");
        assertThat(rendered).contains("Q?").contains(JudgeTemplates.NO_REFERENCE).contains("I say {{reference}} literally")
                .doesNotContain("{{answer}}");
        Files.writeString(dir.resolve("single.txt"), "Rate {{answer}} for {{question}}. Give [[N]].");
        JudgeTemplates custom = JudgeTemplates.load(dir);
        assertThat(custom.renderSingle("q", "r", "a")).isEqualTo("Rate a for q. Give [[N]].");
        assertThat(custom.pairwise()).isEqualTo(t.pairwise());
    }

    @Test
    void judgeScorerGradesWithAFakeModel() {
        FakeModelClient client = new FakeModelClient(prompt -> prompt.contains("Paris") ? "Correct. [[9]]" : "Wrong. [[2]]");
        JudgeScorer scorer = new JudgeScorer(new Judge("gpt-judge", client, ModelParams.DEFAULTS.withTemperature(0.7),
                JudgeTemplates.defaults()));
        var good = scorer.score(context("Capital of France?", "Paris", "Paris"));
        assertThat(scorer.id()).isEqualTo("judge:gpt-judge");
        assertThat(good.value()).isEqualTo(9.0);
        assertThat(good.detail()).isEqualTo("Correct.");
        assertThat(client.requests.get(0).params().temperature()).isEqualTo(0.0);
        assertThat(client.requests.get(0).messages().get(0).text()).contains("Capital of France?").contains("[[N]]");
    }

    @Test
    void judgeScorerRecordsMalformedVerdictsAndFlagsFailedCalls() {
        JudgeScorer malformed = new JudgeScorer(new Judge("j", new FakeModelClient(p -> "Quite good, 8 out of 10"),
                null, JudgeTemplates.defaults()));
        var score = malformed.score(context("q", null, "a"));
        assertThat(score.value()).isNull();
        assertThat(score.detail()).isEqualTo("malformed verdict: no rating in the [[N]] form | judge said: Quite good, 8 out of 10");
        assertThat(malformed.isTransientFailure(score)).isFalse();

        JudgeScorer failing = new JudgeScorer(new Judge("j", new FakeModelClient(p -> null), null, JudgeTemplates.defaults()));
        var failed = failing.score(context("q", null, "a"));
        assertThat(failed.value()).isNull();
        assertThat(failed.detail()).startsWith("judge call failed (TIMEOUT)");
        assertThat(failing.isTransientFailure(failed)).isTrue();
    }

    @Test
    void pairwiseJudgeRunsBothOrdersAndStoresJudgeVotes() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("Capital of France?", "Paris", null),
                new PromptSpec("2+2?", "4", null)), List.of("good", "bad"));
        fx.answer((m, p) -> m == 0 ? "GOOD answer " + p : "BAD answer " + p);
        // the judge prefers the GOOD answer wherever it is shown, except on prompt 1 where it always says A
        FakeModelClient client = new FakeModelClient(prompt -> {
            if (prompt.contains("2+2?")) {
                return "Position bias. [[A]]";
            }
            int a = prompt.indexOf("assistant A's answer]");
            int good = prompt.indexOf("GOOD answer");
            int b = prompt.indexOf("assistant B's answer]");
            return good > a && good < b ? "A is right. [[A]]" : "B is right. [[B]]";
        });
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        var service = new PairwiseJudgeService(fx.store, new Judge("j1", client, null, JudgeTemplates.defaults()), clock);
        var report = service.judgeRun(fx.run.id(), CancelToken.none());
        assertThat(report.votesAdded()).isEqualTo(4);
        assertThat(report.malformed()).isZero();
        List<Vote> votes = fx.store.votes().forRun(fx.run.id());
        assertThat(votes).hasSize(4).allMatch(Vote::judge).allMatch(v -> v.voter().equals("judge:j1"));
        long goodId = fx.models.get(0).id();
        long prompt0 = fx.prompts.get(0).id();
        assertThat(votes.stream().filter(v -> v.promptId() == prompt0)).allMatch(v -> v.winnerModelId() == goodId)
                .extracting(Vote::leftModelId).containsExactlyInAnyOrder(goodId, fx.models.get(1).id());
        // position bias shows up as one win each, so it cancels out
        assertThat(votes.stream().filter(v -> v.promptId() != prompt0).map(Vote::winnerModelId).distinct()).hasSize(2);

        var again = service.judgeRun(fx.run.id(), CancelToken.none());
        assertThat(again.votesAdded()).isZero();
        assertThat(again.alreadyJudged()).isEqualTo(4);
        fx.store.close();
    }

    @Test
    void pairwiseMalformedVerdictsAreReportedAndNotStored() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("q", null, null)), List.of("m1", "m2"));
        fx.answer((m, p) -> "answer " + m);
        var service = new PairwiseJudgeService(fx.store, new Judge("j", new FakeModelClient(p -> "Both fine, I think A"),
                null, JudgeTemplates.defaults()), Clock.systemUTC());
        var report = service.judgeRun(fx.run.id(), null);
        assertThat(report.votesAdded()).isZero();
        assertThat(report.malformed()).isEqualTo(2);
        assertThat(report.problems()).first().asString().contains("malformed verdict: no verdict");
        assertThat(fx.store.votes().count()).isZero();
        fx.store.close();
    }
}
