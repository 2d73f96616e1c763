package io.sidebench.gui.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.scoring.EmbeddingModels;
import io.sidebench.logic.scoring.TextEmbedder;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import io.sidebench.testsupport.ScriptedModelClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.ENGLISH);
    /** Never used: the tests choose no embedding scorer, and nothing may load the ONNX models. */
    private final EmbeddingModels noEmbeddings = new EmbeddingModels(unused(), unused());

    @Test
    void scoresWithTheChosenScorersAndAJudgeModelThenRefreshesTheAnalysis() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("s.sidebench"), 5, 3)) {
            ScriptedModelClients judge = new ScriptedModelClients((m, r, call, l, c) ->
                    ScriptedModelClients.answer("Clear and correct.\nRating: [[7]]", l));
            AtomicInteger refreshed = new AtomicInteger();
            ScoreViewModel vm = new ScoreViewModel(store, new SameThreadTaskExecutor(), messages, () -> judge,
                    noEmbeddings, refreshed::incrementAndGet);
            vm.load();
            String judgeName = vm.judgeModels().get(0);
            assertThat(vm.judgeModels()).as("baselines cannot judge").doesNotContain("extractive");
            vm.scorers().forEach(s -> s.chosen().set(s.id().equals("length")));
            vm.judgeProperty().set(judgeName);
            Run run = store.runs().list().get(0);

            vm.start(run);

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("Scored: ").contains("to retry later");
            assertThat(refreshed).hasValue(1);
            long answers = store.completions().forRun(run.id(), false).stream()
                    .filter(c -> c.status() == io.sidebench.model.CompletionStatus.OK).count();
            List<Score> judged = store.scores().forRun(run.id()).stream()
                    .filter(s -> s.scorer().equals("judge:" + judgeName)).toList();
            assertThat(judged).hasSize((int) answers).allMatch(s -> s.value() == 7.0);
            assertThat(judge.created).hasValue(1);
            assertThat(judge.closed).as("the judge's client is closed after the pass").hasValue(1);
        }
    }

    @Test
    void saysWhenNothingIsChosenAndReportsAnUnreachableJudgeInOneLine() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("n.sidebench"), 3, 2)) {
            ScoreViewModel vm = new ScoreViewModel(store, new SameThreadTaskExecutor(), messages, () -> config -> {
                throw new IllegalArgumentException("environment variable NOPE_KEY is not set");
            }, noEmbeddings, () -> { });
            vm.load();
            Run run = store.runs().list().get(0);
            vm.scorers().forEach(s -> s.chosen().set(false));
            vm.start(run);
            assertThat(vm.statusProperty().get()).isEqualTo("Choose at least one scorer or a judge.");

            vm.pairwiseJudgeProperty().set(vm.judgeModels().get(0));
            vm.start(run);
            assertThat(vm.statusProperty().get()).isEqualTo("Error: environment variable NOPE_KEY is not set");
            assertThat(vm.runningProperty().get()).isFalse();
        }
    }

    private static TextEmbedder unused() {
        return new TextEmbedder() {
            @Override
            public String name() {
                return "unused";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new AssertionError("embeddings were not chosen");
            }
        };
    }
}
