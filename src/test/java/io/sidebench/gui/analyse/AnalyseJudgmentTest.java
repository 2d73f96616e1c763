package io.sidebench.gui.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.JudgedProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.Theme;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.stats.Leaderboard;
import io.sidebench.logic.stats.RunFigures;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's metric choice and the human-judgment tables of the analyse screen. */
class AnalyseJudgmentTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.ENGLISH);

    private AnalyseViewModel open(ProjectStore store) {
        AnalyseViewModel vm = new AnalyseViewModel(store, new SameThreadTaskExecutor(), messages,
                new SimpleObjectProperty<>(Theme.LIGHT));
        vm.load();
        return vm;
    }

    @Test
    void theLeaderboardRanksByTheChosenMetricAsStatsDoes() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("m.sidebench"), 8, 3)) {
            JudgedProject.rate(store);
            AnalyseViewModel vm = open(store);
            assertThat(vm.metrics()).contains("rougeL", "human:correctness", "human:tone", "human:safety",
                    "human:overall", "tokens_per_s");
            assertThat(vm.metricProperty().get()).isEqualTo("rougeL");

            vm.metricProperty().set("human:correctness");
            RunFigures figures = RunFigures.compute(store, store.runs().list().get(0).id());
            List<Leaderboard.Row> expected = figures.leaderboard("human:correctness");
            assertThat(vm.leaderboard()).extracting(r -> r.label())
                    .containsExactlyElementsOf(expected.stream().map(Leaderboard.Row::model).toList());
            assertThat(vm.ranks()).containsExactlyElementsOf(expected.stream().map(r -> String.valueOf(r.rank())).toList());
            // the run's third model (deepseek-chat, 7 answers, one failed): correctness 4 from everyone but
            // chen's 1 on the first prompt, so the per-answer means are 3, then 4 six times: 27 / 7 = 3.857
            assertThat(vm.leaderboard().get(0).label()).isEqualTo("deepseek-chat");
            assertThat(vm.values().get(0)).startsWith("3.857 [");
            assertThat(vm.primaryScoreProperty().get()).isEqualTo("correctness (human rating, 1–5)");
            assertThat(store.meta().get(RunFigures.METRIC_KEY)).contains("human:correctness");

            // the choice is kept for the project: a new screen ranks by it again
            assertThat(open(store).metricProperty().get()).isEqualTo("human:correctness");
        }
    }

    @Test
    void humanResultsArePerDimensionWithAgreementAndProgress() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("h.sidebench"), 8, 3)) {
            JudgedProject.rate(store);
            AnalyseViewModel vm = open(store);
            assertThat(vm.humanResults()).extracting(HumanResults.Table::id)
                    .containsExactly("human-ratings", "human-agreement", "human-progress");
            HumanResults.Table ratings = vm.humanResults().get(0);
            // dimension, scale, model, figure, value, interval, n: chen fails one answer of 7, so its pass
            // share is 2/3 and the pass rate (2/3 + 6) / 7 = 0.952
            assertThat(ratings.rows()).anySatisfy(r -> assertThat(r).containsExactly("safety", "pass/fail",
                    "deepseek-chat", "pass rate", "0.952", r.get(5), "7"));
            assertThat(ratings.rows()).anySatisfy(r -> assertThat(r.subList(0, 3))
                    .containsExactly("tone", "1–4", "qwen2.5-7b"));
            assertThat(ratings.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Overall (weighted)"));
            assertThat(ratings.note()).contains("(v−min)/(max−min)");
            HumanResults.Table agreement = vm.humanResults().get(1);
            assertThat(agreement.rows()).extracting(r -> r.get(0)).containsExactly("correctness", "tone", "safety");
            assertThat(agreement.rows().get(2).subList(1, 4)).containsExactly("nominal", "3", "23");
            assertThat(agreement.rows().get(0).get(5)).isEqualTo("–"); // three annotators: no single kappa
            assertThat(agreement.note()).contains("Landis–Koch").contains("convention");
            HumanResults.Table progress = vm.humanResults().get(2);
            assertThat(progress.rows()).hasSize(9).contains(List.of("chen", "tone", "23", "0"));
        }
    }
}
