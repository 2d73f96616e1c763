package io.sidebench.gui.analyse;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.Theme;
import io.sidebench.logic.charts.ChartExporter;
import io.sidebench.logic.charts.ChartText;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.export.LeaderboardRow;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.export.ReportCharts;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.scoring.BleuScorer;
import io.sidebench.logic.scoring.ChecksScorer;
import io.sidebench.logic.scoring.ChrfScorer;
import io.sidebench.logic.scoring.LengthScorer;
import io.sidebench.logic.scoring.RefusalScorer;
import io.sidebench.logic.scoring.RougeLScorer;
import io.sidebench.logic.scoring.Scorer;
import io.sidebench.logic.scoring.ScoringService;
import io.sidebench.logic.stats.RunFigures;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analysis of one run: leaderboard with intervals and the charts of {@link ReportCharts}. Inputs are
 * copied on the UI thread, the report and charts are computed by the task executor, and only the latest
 * request is published (an older one is cancelled, and its result ignored if it still arrives).
 */
public final class AnalyseViewModel {
    /**
     * What the screen shows. READY: the leaderboard and every chart the run's data allows (speed charts as
     * soon as there are answers; {@link #needsScoresProperty()} says the quality charts wait for scores);
     * NO_SCORES: the run has neither answers nor scores to show.
     */
    public enum State { NO_RUN, LOADING, NO_SCORES, READY, ERROR }

    /** The offline scorers the empty state offers (no network, no model download). */
    public static final List<String> OFFLINE_SCORERS = List.of("rougeL", "chrf", "bleu", "length", "refusal", "checks");

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableValue<Theme> theme;
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>(this, "run");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.NO_RUN);
    private final ObservableList<ChartItem> charts = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardRow> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<String> ranks = FXCollections.observableArrayList();
    private final StringProperty primaryScore = new SimpleStringProperty(this, "primaryScore", "");
    private final ObservableList<String> values = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(this, "metric");
    private final ObservableList<HumanResults.Table> human = FXCollections.observableArrayList();
    private RunFigures figures;
    private MetricLabels labels;
    private boolean publishing;
    /** The metric the analyst picked on this screen ({@code null}: the project's saved choice or the default). */
    private String picked;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty needsScores = new SimpleBooleanProperty(this, "needsScores");
    private TaskExecutor.TaskHandle current;
    private long generation;
    private Report report;
    private final javafx.beans.property.StringProperty speedMark =
            new javafx.beans.property.SimpleStringProperty(this, "speedMark", "");
    private final javafx.beans.property.StringProperty speedNote =
            new javafx.beans.property.SimpleStringProperty(this, "speedNote", "");
    private final javafx.beans.value.ChangeListener<Theme> themeListener = (o, a, b) -> refresh();

    public AnalyseViewModel(ProjectStore store, TaskExecutor executor, Messages messages, ObservableValue<Theme> theme) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.theme = theme;
        run.addListener((o, a, b) -> refresh());
        theme.addListener(themeListener);
        metric.addListener((o, a, b) -> {
            if (!publishing && figures != null && b != null) {
                picked = b;
                rank();
                remember(b);
            }
        });
    }

    /** @param saved the metric the analyst chose last in this project ({@code null}: none yet) */
    private record Analysis(Report report, List<ChartItem> charts, RunFigures figures, String saved) {
    }

    /** Reads the project's runs and selects the newest one (or keeps the selected one). */
    public void load() {
        executor.submit("analyse-runs", () -> store.runs().list(), list -> {
            Run keep = run.get();
            List<Run> sorted = list; // newest first, as the store lists runs
            runs.setAll(sorted);
            Run next = keep == null ? null : sorted.stream().filter(r -> r.id() == keep.id()).findFirst().orElse(null);
            if (next == null && !sorted.isEmpty()) {
                next = sorted.get(0);
            }
            if (next == run.get()) {
                refresh();
            } else {
                run.set(next);
            }
        }, this::fail);
    }

    /** Recomputes the analysis of the selected run in the current theme; a newer call supersedes this one. */
    public void refresh() {
        if (current != null) {
            current.cancel();
        }
        long mine = ++generation;
        Run chosen = run.get();
        if (chosen == null) {
            clear(State.NO_RUN);
            return;
        }
        boolean dark = theme.getValue() == Theme.DARK;
        state.set(State.LOADING);
        status.set(messages.get("analyse.computing"));
        current = executor.submit("analyse-charts", () -> compute(chosen, dark), result -> {
            if (mine == generation) {
                publish(result);
            }
        }, failure -> {
            if (mine == generation) {
                fail(failure);
            }
        });
    }

    private Analysis compute(Run chosen, boolean dark) {
        Report built = new ReportBuilder(store, Clock.systemUTC()).build(chosen);
        List<ChartItem> items = new ArrayList<>();
        ReportCharts factory = charts(dark);
        for (Map.Entry<String, org.jfree.chart.JFreeChart> e : factory.build(built).entrySet()) {
            items.add(new ChartItem(e.getKey(), factory.caption(e.getKey()), e.getValue()));
        }
        return new Analysis(built, items, RunFigures.compute(store, chosen.id()),
                store.meta().get(RunFigures.METRIC_KEY).orElse(null));
    }

    private void publish(Analysis result) {
        current = null;
        report = result.report();
        figures = result.figures();
        labels = new MetricLabels(messages, figures.judgment());
        publishing = true;
        try {
            metrics.setAll(figures.metrics());
            metric.set(figures.choose(picked != null ? picked : result.saved()));
        } finally {
            publishing = false;
        }
        rank();
        human.setAll(HumanResults.of(figures.judgment(), messages));
        speedMark.set(io.sidebench.gui.core.SpeedMarks.mark(messages, report.speed()));
        speedNote.set(io.sidebench.gui.core.SpeedMarks.note(messages, report.speed()));
        charts.setAll(result.charts());
        needsScores.set(report.primaryScore() == null);
        if (report.primaryScore() == null && result.charts().isEmpty()) {
            state.set(State.NO_SCORES);
            status.set("");
        } else {
            state.set(State.READY);
            status.set(messages.format("analyse.ready", report.okCount(), report.models().size(), result.charts().size()));
        }
    }

    /** Orders the leaderboard by the chosen metric, by the one ranking rule (as {@code stats --metric}). */
    private void rank() {
        String chosen = metric.get();
        List<ChosenBoard.Line> lines = ChosenBoard.of(report.leaderboard(), figures.leaderboard(chosen),
                chosen == null ? "" : chosen);
        ranks.setAll(lines.stream().map(ChosenBoard.Line::rank).toList());
        values.setAll(lines.stream().map(ChosenBoard.Line::value).toList());
        leaderboard.setAll(lines.stream().map(ChosenBoard.Line::row).toList());
        primaryScore.set(chosen == null ? "" : labels.label(chosen));
    }

    /** Keeps the choice in the project, so the slides (and the next start) rank by the same metric. */
    private void remember(String chosen) {
        executor.submit("analyse-metric", () -> {
            store.meta().put(RunFigures.METRIC_KEY, chosen);
            return chosen;
        }, saved -> { }, this::fail);
    }

    /** How a metric id is shown in the metric choice. */
    public String metricLabel(String id) {
        return labels == null ? id : labels.label(id);
    }

    private void clear(State next) {
        report = null;
        figures = null;
        values.clear();
        metrics.clear();
        human.clear();
        charts.clear();
        leaderboard.clear();
        ranks.clear();
        primaryScore.set("");
        speedMark.set("");
        speedNote.set("");
        needsScores.set(false);
        state.set(next);
        status.set("");
    }

    private void fail(Throwable failure) {
        current = null;
        state.set(State.ERROR);
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    /** Scores the selected run with the offline scorers, then shows the analysis. */
    public void scoreOffline() {
        Run chosen = run.get();
        if (chosen == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("analyse.scoring"));
        executor.submit("analyse-score", () -> new ScoringService(store).scoreRun(chosen.id(), offlineScorers(),
                ScoringService.Progress.NONE, CancelToken.none()), done -> {
            busy.set(false);
            refresh();
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    static List<Scorer> offlineScorers() {
        return List.of(new RougeLScorer(), new ChrfScorer(), new BleuScorer(), new LengthScorer(), new RefusalScorer(),
                new ChecksScorer());
    }

    /**
     * Writes every shown chart as {@code format} (png or svg) next to {@code target}: {@code NAME-KEY.EXT}.
     * The charts are rebuilt from the same report in the background, so the shown ones are never drawn twice at once.
     */
    public void exportCharts(Path target, String format) {
        Report shown = report;
        if (shown == null || charts.isEmpty() || busy.get()) {
            return;
        }
        boolean dark = theme.getValue() == Theme.DARK;
        busy.set(true);
        executor.submit("analyse-export", () -> {
            Path folder = target.toAbsolutePath().getParent();
            String stem = stem(target.getFileName().toString());
            ChartExporter exporter = new ChartExporter();
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, org.jfree.chart.JFreeChart> e
                    : charts(dark).build(shown).entrySet()) {
                Path file = folder.resolve(stem + "-" + e.getKey() + "." + format);
                if ("svg".equals(format)) {
                    exporter.writeSvg(e.getValue(), file);
                } else {
                    exporter.writePng(e.getValue(), file);
                }
                written.add(file);
            }
            return written;
        }, written -> {
            busy.set(false);
            status.set(messages.format("analyse.exported", written.size(), target.toAbsolutePath().getParent()));
        }, failure -> {
            busy.set(false);
            status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
        });
    }

    /** The chart factory in the theme and in the UI language (chart titles, axes and legends follow it). */
    private ReportCharts charts(boolean dark) {
        return new ReportCharts(dark ? ChartTheme.dark() : ChartTheme.light(), ChartText.of(messages.locale()));
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public void dispose() {
        theme.removeListener(themeListener);
        if (current != null) {
            current.cancel();
        }
        generation++;
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    public ObjectProperty<Run> runProperty() {
        return run;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObservableList<ChartItem> charts() {
        return charts;
    }

    /** Beside the speed columns: empty when Sidebench measured the figures, else who did (imported answers). */
    public javafx.beans.property.ReadOnlyStringProperty speedMarkProperty() {
        return speedMark;
    }

    /** A sentence under the leaderboard about imported speed figures; empty for measured runs. */
    public javafx.beans.property.ReadOnlyStringProperty speedNoteProperty() {
        return speedNote;
    }

    public ObservableList<LeaderboardRow> leaderboard() {
        return leaderboard;
    }

    /** The rank shown for each leaderboard row, in row order. */
    public ObservableList<String> ranks() {
        return ranks;
    }

    /** The chosen metric's figure for each leaderboard row, in row order. */
    public ObservableList<String> values() {
        return values;
    }

    /** The metrics the leaderboard can rank by (the ids {@code stats --metric} takes). */
    public ObservableList<String> metrics() {
        return metrics;
    }

    /** The metric the leaderboard ranks by; setting it re-ranks at once and is remembered in the project. */
    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    /** Ratings per rubric dimension, agreement, judge–human agreement and progress, as tables. */
    public ObservableList<HumanResults.Table> humanResults() {
        return human;
    }

    /** The shown metric's name (the header of the leaderboard's metric column). */
    public StringProperty primaryScoreProperty() {
        return primaryScore;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True when the run has answers but no scores: the quality charts wait for scoring. */
    public BooleanProperty needsScoresProperty() {
        return needsScores;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
