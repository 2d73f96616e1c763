package io.sidebench.logic.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.model.Assertion;
import io.sidebench.model.Score;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringServiceTest {
    @TempDir
    Path dir;

    @Test
    void scoresStoresAndSkipsUnchangedInputs() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("Capital of France?", "Paris", null),
                new PromptSpec("Capital of China?", "北京", null)), List.of("a", "b"));
        fx.answer((m, p) -> m == 1 && p == 1 ? null : (p == 0 ? "Paris" : "北京"));
        var service = new ScoringService(fx.store);
        List<int[]> progress = new ArrayList<>();
        var scorers = List.<Scorer>of(new RougeLScorer(), new ChrfScorer(), new LengthScorer());
        var report = service.scoreRun(fx.run.id(), scorers, (done, total) -> progress.add(new int[] {done, total}),
                CancelToken.none());
        assertThat(report.computed()).isEqualTo(9);
        assertThat(report.failedCompletions()).isEqualTo(1);
        assertThat(progress.get(progress.size() - 1)).containsExactly(9, 9);
        List<Score> stored = fx.store.scores().forRun(fx.run.id());
        assertThat(stored).hasSize(9);
        assertThat(stored.stream().filter(s -> s.scorer().equals("rougeL"))).allMatch(s -> s.value() == 1.0);

        var again = service.scoreRun(fx.run.id(), scorers, null, null);
        assertThat(again.computed()).isZero();
        assertThat(again.unchanged()).isEqualTo(9);

        // a changed configuration makes the scores stale
        var checks = new ChecksScorer(List.of(new Assertion("contains", "Paris", null)));
        assertThat(service.scoreRun(fx.run.id(), List.of(checks), null, null).computed()).isEqualTo(3);
        var changed = new ChecksScorer(List.of(new Assertion("contains", "北京", null)));
        assertThat(service.scoreRun(fx.run.id(), List.of(changed), null, null).computed()).isEqualTo(3);
        assertThat(service.scoreRun(fx.run.id(), List.of(changed), null, null).unchanged()).isEqualTo(3);
        fx.store.close();
    }

    @Test
    void transientFailuresAreNotStoredSoTheyAreRetried() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("q", "r", null)), List.of("a"));
        fx.answer((m, p) -> "answer");
        AtomicInteger calls = new AtomicInteger();
        var flaky = new JudgeScorer(new Judge("j", new FakeModelClient(p -> calls.incrementAndGet() == 1 ? null : "[[6]]"),
                null, JudgeTemplates.defaults()));
        var service = new ScoringService(fx.store);
        var first = service.scoreRun(fx.run.id(), List.of(flaky), null, null);
        assertThat(first.perScorer().get("judge:j").transientFailures()).isEqualTo(1);
        assertThat(first.transientProblems()).first().asString().contains("judge call failed");
        assertThat(fx.store.scores().count()).isZero();
        var second = service.scoreRun(fx.run.id(), List.of(flaky), null, null);
        assertThat(second.computed()).isEqualTo(1);
        assertThat(fx.store.scores().forRun(fx.run.id()).get(0).value()).isEqualTo(6.0);
        fx.store.close();
    }

    @Test
    void cancellingStopsBetweenBatches() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("q", "r", null)), List.of("a"));
        fx.answer((m, p) -> "answer");
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        var report = new ScoringService(fx.store).scoreRun(fx.run.id(), List.of(new RougeLScorer()), null, cancel);
        assertThat(report.cancelled()).isTrue();
        assertThat(fx.store.scores().count()).isZero();
        fx.store.close();
    }

    @Test
    void catalogBuildsScorersByName() {
        var catalog = new ScorerCatalog(new EmbeddingModels(new EmbeddingScorerTest.FakeEmbedder("l"),
                new EmbeddingScorerTest.FakeEmbedder("c")), name -> new Judge(name, new FakeModelClient(p -> "[[5]]"),
                null, JudgeTemplates.defaults()));
        assertThat(catalog.create(List.of("rougeL", "chrf", "bleu", "embedding", "relevance", "length", "refusal", "checks",
                "judge:gpt", "rougeL"))).extracting(Scorer::id).containsExactly("rougeL", "chrf", "bleu", "embedding",
                "relevance", "length", "refusal", "checks", "judge:gpt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.create("meteor"))
                .hasMessageStartingWith("unknown scorer 'meteor'");
    }
}
