package io.sidebench.gui.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.Theme;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    @Test
    void showsTheLeaderboardAndTheChartsOfAScoredRun() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("a.sidebench"), 12, 4)) {
            AnalyseViewModel vm = new AnalyseViewModel(store, new SameThreadTaskExecutor(), messages, theme);
            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(AnalyseViewModel.State.READY);
            assertThat(vm.primaryScoreProperty().get()).isEqualTo("rougeL");
            assertThat(vm.leaderboard()).hasSize(4);
            assertThat(vm.leaderboard().get(0).score("rougeL").mean())
                    .isGreaterThanOrEqualTo(vm.leaderboard().get(3).score("rougeL").mean());
            assertThat(vm.charts()).extracting(ChartItem::key)
                    .contains("ttft-box", "tokens-per-second", "score-distribution", "quality-vs-cost",
                            "quality-vs-speed");
            JFreeChart light = vm.charts().get(0).chart();
            theme.set(Theme.DARK);
            assertThat(vm.charts().get(0).chart()).isNotSameAs(light);
            assertThat(vm.charts().get(0).chart().getBackgroundPaint())
                    .isEqualTo(io.sidebench.logic.charts.AppColors.DARK_BACKGROUND);

            vm.exportCharts(dir.resolve("out.png"), "png");
            vm.exportCharts(dir.resolve("out.svg"), "svg");
            assertThat(Files.size(dir.resolve("out-ttft-box.png"))).isGreaterThan(1000);
            assertThat(Files.readString(dir.resolve("out-ttft-box.svg"))).startsWith("<?xml").contains("<svg");
            assertThat(vm.statusProperty().get()).startsWith("Wrote " + vm.charts().size() + " charts");
        }
    }

    @Test
    void votesAddTheWinRateHeatMapAndBradleyTerryRatings() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("v.sidebench"), 6, 3)) {
            long runId = store.runs().list().get(0).id();
            var completions = store.completions().forRun(runId, false);
            long promptId = completions.get(0).cell().promptId();
            var answers = completions.stream().filter(c -> c.cell().promptId() == promptId).toList();
            for (int i = 0; i < 6; i++) {
                var left = answers.get(i % answers.size());
                var right = answers.get((i + 1) % answers.size());
                store.votes().add(new io.sidebench.model.Vote(0, runId, promptId, left.id(), right.id(),
                        left.cell().modelId(), right.cell().modelId(), i % 3 == 0 ? io.sidebench.model.VoteOutcome.RIGHT : io.sidebench.model.VoteOutcome.LEFT,
                        "dana", false, java.time.Instant.parse("2026-11-29T09:00:00Z")));
            }
            AnalyseViewModel vm = new AnalyseViewModel(store, new SameThreadTaskExecutor(), messages, theme);
            vm.load();
            assertThat(vm.charts()).extracting(ChartItem::key).contains("win-rate", "bradley-terry");
        }
    }

    @Test
    void chartTextsFollowTheUiLanguage() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("zh.sidebench"), 6, 3)) {
            AnalyseViewModel zh = new AnalyseViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.SIMPLIFIED_CHINESE), theme);
            zh.load();
            AnalyseViewModel en = new AnalyseViewModel(store, new SameThreadTaskExecutor(), messages, theme);
            en.load();
            JFreeChart ttft = chart(zh, "ttft-box");
            assertThat(ttft.getTitle().getText()).isEqualTo("首个 token 时间");
            var plot = ttft.getCategoryPlot();
            assertThat(plot.getDomainAxis().getLabel()).isEqualTo("模型");
            assertThat(plot.getRangeAxis().getLabel()).isEqualTo("TTFT（毫秒）");
            assertThat(((org.jfree.chart.title.TextTitle) ttft.getSubtitle(1)).getText()).contains("四分位数");
            JFreeChart tradeoff = chart(zh, "quality-vs-speed");
            assertThat(tradeoff.getXYPlot().getDomainAxis().getLabel()).isEqualTo("端到端延迟中位数（秒）  ← 更好");
            assertThat(tradeoff.getXYPlot().getDataset().getSeriesKey(0)).isEqualTo("帕累托前沿");
            assertThat(zh.charts()).filteredOn(c -> c.key().equals("tokens-per-second")).first()
                    .extracting(ChartItem::caption).isEqualTo("输出速度");
            // and the English UI (and every report) keeps the English texts
            assertThat(chart(en, "ttft-box").getTitle().getText()).isEqualTo("Time to first token");
            assertThat(chart(en, "quality-vs-speed").getXYPlot().getDomainAxis().getLabel())
                    .isEqualTo("Median end-to-end latency (s)  ← better");
        }
    }

    private static JFreeChart chart(AnalyseViewModel vm, String key) {
        return vm.charts().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().chart();
    }

    @Test
    void anUnscoredRunOffersOfflineScoringThenShowsTheAnalysis() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("u.sidebench"), 8, 3, false)) {
            AnalyseViewModel vm = new AnalyseViewModel(store, new SameThreadTaskExecutor(), messages, theme);
            vm.load();
            // defect 19: the speed charts are there before any score; the quality charts wait for scores
            assertThat(vm.stateProperty().get()).isEqualTo(AnalyseViewModel.State.READY);
            assertThat(vm.needsScoresProperty().get()).isTrue();
            assertThat(vm.charts()).extracting(ChartItem::key)
                    .containsExactlyInAnyOrder("ttft-box", "tokens-per-second", "tpot", "latency-cdf");
            assertThat(vm.leaderboard()).hasSize(3);
            vm.scoreOffline();
            assertThat(vm.stateProperty().get()).isEqualTo(AnalyseViewModel.State.READY);
            assertThat(vm.needsScoresProperty().get()).isFalse();
            assertThat(vm.charts()).extracting(ChartItem::key).contains("score-distribution");
            assertThat(vm.primaryScoreProperty().get()).isEqualTo("rougeL");
            assertThat(store.scores().count()).isGreaterThan(8 * 3);
        }
    }

    @Test
    void onlyTheLatestRequestIsPublished() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("l.sidebench"), 6, 3)) {
            QueuedExecutor executor = new QueuedExecutor();
            AnalyseViewModel vm = new AnalyseViewModel(store, executor, messages, theme);
            vm.load();
            executor.runNext();                      // the run list; selecting the newest run requests charts
            assertThat(vm.stateProperty().get()).isEqualTo(AnalyseViewModel.State.LOADING);
            theme.set(Theme.DARK);                   // a newer request: the first is cancelled
            assertThat(executor.tasks).hasSize(3);
            assertThat(executor.tasks.get(1).cancelled).isTrue();
            executor.runLast();                      // the newer finishes first
            Object published = vm.charts().get(0).chart().getBackgroundPaint();
            executor.runNext();                      // the older arrives late and is ignored
            assertThat(vm.charts().get(0).chart().getBackgroundPaint()).isEqualTo(published)
                    .isEqualTo(io.sidebench.logic.charts.AppColors.DARK_BACKGROUND);
            assertThat(vm.stateProperty().get()).isEqualTo(AnalyseViewModel.State.READY);
        }
    }

    /** Holds submitted work until the test runs it, in any order; cancelling only marks the task. */
    static final class QueuedExecutor implements TaskExecutor {
        final List<Queued<?>> tasks = new ArrayList<>();

        static final class Queued<T> implements TaskHandle {
            final Callable<T> work;
            final Consumer<T> onSuccess;
            final Consumer<Throwable> onFailure;
            boolean cancelled;
            boolean done;

            Queued(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                this.work = work;
                this.onSuccess = onSuccess;
                this.onFailure = onFailure;
            }

            void run() {
                done = true;
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            }

            @Override
            public void cancel() {
                cancelled = true;
            }

            @Override
            public boolean isDone() {
                return done;
            }
        }

        @Override
        public <T> TaskHandle submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Queued<T> q = new Queued<>(work, onSuccess, onFailure);
            tasks.add(q);
            return q;
        }

        void runNext() {
            tasks.stream().filter(t -> !t.done).findFirst().orElseThrow().run();
        }

        void runLast() {
            tasks.stream().filter(t -> !t.done).reduce((a, b) -> b).orElseThrow().run();
        }

        @Override
        public void onCallbackThread(Runnable action) {
            action.run();
        }

        @Override
        public void close() {
        }
    }
}
