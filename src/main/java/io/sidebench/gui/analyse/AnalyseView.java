package io.sidebench.gui.analyse;

import io.sidebench.gui.core.InteractiveChart;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.gui.shell.Screen;
import io.sidebench.model.Run;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The analyse step: pick a run, see its leaderboard and charts, export the charts or score the run. */
public final class AnalyseView implements Screen {
    private final AnalyseViewModel vm;
    private final ScoreViewModel scoring;
    private final VBox root = new VBox();
    /** Below this width a chart gets a row of its own. */
    static final double MIN_CHART_WIDTH = 480;

    private final Messages messages;
    private final FlowPane chartPane = new FlowPane(12, 12);

    public AnalyseView(AnalyseViewModel vm, ScoreViewModel scoring, Messages messages, FileDialogs dialogs) {
        this.vm = vm;
        this.scoring = scoring;
        this.messages = messages;
        root.setId("analyse");
        root.getStyleClass().add("page");
        ComboBox<Run> runs = new ComboBox<>(vm.runs());
        runs.setId("analyse-run");
        runs.setConverter(runConverter(messages));
        runs.valueProperty().bindBidirectional(vm.runProperty());
        Button png = new Button(messages.get("analyse.exportPng"));
        png.setId("analyse-export-png");
        Button svg = new Button(messages.get("analyse.exportSvg"));
        svg.setId("analyse-export-svg");
        png.setOnAction(e -> dialogs.chooseExportTarget(root.getScene().getWindow(), "png")
                .ifPresent(p -> vm.exportCharts(p, "png")));
        svg.setOnAction(e -> dialogs.chooseExportTarget(root.getScene().getWindow(), "svg")
                .ifPresent(p -> vm.exportCharts(p, "svg")));
        var notReady = vm.stateProperty().isNotEqualTo(AnalyseViewModel.State.READY).or(vm.busyProperty());
        png.disableProperty().bind(notReady);
        svg.disableProperty().bind(notReady);
        Label status = new Label();
        status.setId("analyse-status");
        status.getStyleClass().add("page-hint");
        status.textProperty().bind(vm.statusProperty());
        ScorePane scorePane = new ScorePane(scoring, messages, vm.runProperty()::get);
        scorePane.setVisible(false);
        scorePane.managedProperty().bind(scorePane.visibleProperty());
        javafx.scene.control.ToggleButton scoreToggle = new javafx.scene.control.ToggleButton(
                messages.get("analyse.scoreMenu"));
        scoreToggle.setId("analyse-score-toggle");
        scoreToggle.disableProperty().bind(vm.runProperty().isNull());
        scorePane.visibleProperty().bind(scoreToggle.selectedProperty());
        io.sidebench.gui.core.Layouts.wrapping(status);
        javafx.scene.layout.FlowPane bar = io.sidebench.gui.core.Layouts.flow(8, io.sidebench.gui.core.Layouts.pair(new Label(messages.get("analyse.run")), runs), png, svg,
                scoreToggle, status);
        bar.getStyleClass().add("toolbar-row");

        Label boardTitle = new Label(messages.get("analyse.leaderboard"));
        boardTitle.getStyleClass().add("section-title");
        VBox needsScores = needsScoresNotice(messages);
        chartPane.setId("analyse-charts");
        chartPane.widthProperty().addListener((o, a, b) -> sizeCharts());
        Label speedNote = new Label();
        speedNote.setId("analyse-speed-note");
        speedNote.getStyleClass().add("section-note");
        io.sidebench.gui.core.Layouts.wrapping(speedNote);
        speedNote.textProperty().bind(vm.speedNoteProperty());
        speedNote.managedProperty().bind(speedNote.textProperty().isNotEmpty());
        speedNote.visibleProperty().bind(speedNote.managedProperty());
        VBox content = new VBox(12, boardTitle, metricChoice(), LeaderboardTable.create(vm.leaderboard(), vm.ranks(),
                vm.values(), vm.primaryScoreProperty(), vm.speedMarkProperty(), messages), speedNote, needsScores,
                new HumanResultsPane(vm.humanResults(), messages), chartPane);
        content.getStyleClass().add("analyse-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("analyse-scroll");
        vm.charts().addListener((ListChangeListener<ChartItem>) c -> showCharts());

        VBox empty = emptyState(messages);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(60, 60);
        Label noRun = new Label(messages.get("analyse.noRun"));
        noRun.getStyleClass().add("empty-hint");
        StackPane center = new StackPane(scroll, empty, spinner, noRun);
        VBox.setVgrow(center, Priority.ALWAYS);
        scroll.visibleProperty().bind(vm.stateProperty().isEqualTo(AnalyseViewModel.State.READY));
        empty.visibleProperty().bind(vm.stateProperty().isEqualTo(AnalyseViewModel.State.NO_SCORES));
        spinner.visibleProperty().bind(vm.stateProperty().isEqualTo(AnalyseViewModel.State.LOADING));
        noRun.visibleProperty().bind(vm.stateProperty().isEqualTo(AnalyseViewModel.State.NO_RUN));
        root.getChildren().addAll(bar, scorePane, center);
    }

    /** What the leaderboard ranks by: any score, rubric dimension, the overall score, Bradley–Terry ratings. */
    private Node metricChoice() {
        ComboBox<String> box = new ComboBox<>(vm.metrics());
        box.setId("analyse-metric");
        box.valueProperty().bindBidirectional(vm.metricProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.metricLabel(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        Label hint = new Label(messages.get("analyse.metricHint"));
        hint.getStyleClass().add("page-hint");
        io.sidebench.gui.core.Layouts.wrapping(hint);
        // the hint wraps below the choice (in a flow row it would keep its whole text on one line)
        return new VBox(4, io.sidebench.gui.core.Layouts.flow(8, io.sidebench.gui.core.Layouts.pair(
                new Label(messages.get("analyse.metric")), box)), hint);
    }

    /** Above the speed charts of an unscored run: the quality charts need scores, and a button to score. */
    private VBox needsScoresNotice(Messages messages) {
        Label title = new Label(messages.get("analyse.needsScores"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label hint = new Label(messages.format("analyse.noScoresHint", String.join(", ", AnalyseViewModel.OFFLINE_SCORERS)));
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        Button score = new Button(messages.get("analyse.score"));
        score.setId("analyse-score-now");
        score.getStyleClass().add("accent");
        score.disableProperty().bind(vm.busyProperty());
        score.setOnAction(e -> vm.scoreOffline());
        VBox box = new VBox(8, title, hint, score);
        box.setId("analyse-needs-scores");
        box.getStyleClass().add("analyse-notice");
        box.visibleProperty().bind(vm.needsScoresProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox emptyState(Messages messages) {
        Label title = new Label(messages.get("analyse.noScores"));
        title.getStyleClass().add("empty-title");
        Label hint = new Label(messages.format("analyse.noScoresHint", String.join(", ", AnalyseViewModel.OFFLINE_SCORERS)));
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        Button score = new Button(messages.get("analyse.score"));
        score.setId("analyse-score");
        score.getStyleClass().add("accent");
        score.disableProperty().bind(vm.busyProperty());
        score.setOnAction(e -> vm.scoreOffline());
        VBox empty = new VBox(12, title, hint, score);
        empty.setId("analyse-empty");
        empty.getStyleClass().add("empty-state");
        empty.setAlignment(Pos.CENTER);
        return empty;
    }

    private void showCharts() {
        chartPane.getChildren().clear();
        for (ChartItem item : vm.charts()) {
            InteractiveChart chart = new InteractiveChart(item.chart(), messages.get("chart.resetZoom"),
                    messages.get("chart.zoomHint"));
            chart.viewer().setId("chart-" + item.key());
            chart.viewer().getStyleClass().add("chart-viewer");
            chartPane.getChildren().add(chart);
        }
        sizeCharts();
    }

    /**
     * Charts use the width they are given: two per row when each can be at least {@value #MIN_CHART_WIDTH}
     * pixels wide, else one per row, at a 16:10 aspect.
     */
    private void sizeCharts() {
        double width = chartPane.getWidth();
        if (width <= 0) {
            return;
        }
        int columns = width >= 2 * MIN_CHART_WIDTH + chartPane.getHgap() ? 2 : 1;
        double each = Math.floor((width - chartPane.getHgap() * (columns - 1)) / columns) - 1;
        for (Node n : chartPane.getChildren()) {
            if (n instanceof Region r) {
                r.setMinSize(0, 0);
                r.setPrefSize(each, Math.max(300, Math.round(each * 0.62)));
            }
        }
    }

    static StringConverter<Run> runConverter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(Run r) {
                return io.sidebench.gui.run.RunLabels.of(messages, r);
            }

            @Override
            public Run fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
        scoring.load();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
