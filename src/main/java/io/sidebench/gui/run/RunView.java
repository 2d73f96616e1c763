package io.sidebench.gui.run;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.Screen;
import io.sidebench.model.PromptSet;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Run: choose the set, models and repeats; follow per-model progress; pause, resume or cancel. */
public final class RunView implements Screen {
    private final RunViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(14);
    private final FlowPane modelBoxes = new FlowPane(12, 6);
    private final VBox bars = new VBox(8);

    public RunView(RunViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("run-screen");
        root.getStyleClass().add("page");
        root.setPadding(new Insets(20));
        Label title = new Label(messages.get("step.run"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.get("run.hint"));
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        LivePane live = new LivePane(vm.lanes(), messages);
        VBox.setVgrow(live, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(new VBox(4, title, hint), form(), controls(), progressPane(), live);
        vm.models().addListener((ListChangeListener<ModelChoice>) c -> fillModels());
        vm.progress().addListener((ListChangeListener<ModelProgressRow>) c -> fillBars());
    }

    private Node form() {
        ChoiceBox<PromptSet> set = new ChoiceBox<>(vm.sets());
        set.setId("run-set");
        set.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromptSet s) {
                return s == null ? "" : messages.format("datasets.setLabel", s.name(), s.promptCount(),
                        s.format() == null ? "" : s.format());
            }

            @Override
            public PromptSet fromString(String s) {
                return null;
            }
        });
        set.valueProperty().bindBidirectional(vm.setProperty());
        Spinner<Integer> repeats = new Spinner<>(1, 20, 1);
        repeats.setId("run-repeats");
        repeats.valueProperty().addListener((o, old, now) -> vm.repeatsProperty().set(now));
        Spinner<Integer> concurrency = new Spinner<>(1, 64, vm.concurrencyProperty().get());
        concurrency.setId("run-concurrency");
        concurrency.valueProperty().addListener((o, old, now) -> vm.concurrencyProperty().set(now));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("run.set")), set);
        grid.addRow(1, new Label(messages.get("run.models")), modelBoxes);
        grid.addRow(2, new Label(messages.get("run.repeats")), repeats);
        grid.addRow(3, new Label(messages.get("run.concurrency")), concurrency);
        grid.disableProperty().bind(vm.runningProperty());
        return grid;
    }

    private void fillModels() {
        modelBoxes.getChildren().clear();
        if (vm.models().isEmpty()) {
            modelBoxes.getChildren().add(new Label(messages.get("models.empty")));
        }
        for (ModelChoice choice : vm.models()) {
            CheckBox box = new CheckBox(choice.model().displayName());
            box.setId("run-model-" + choice.model().id());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            modelBoxes.getChildren().add(box);
        }
    }

    private Node controls() {
        Button start = button("run.start", "run-start", vm::start);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.runningProperty());
        Button pause = button("run.pause", "run-pause", vm::pause);
        pause.disableProperty().bind(vm.runningProperty().not().or(vm.pausedProperty()));
        Button resume = button("run.resume", "run-resume", vm::resume);
        resume.disableProperty().bind(vm.pausedProperty().not());
        Button cancel = button("run.cancel", "run-cancel", vm::cancel);
        cancel.disableProperty().bind(vm.runningProperty().not());
        Label status = new Label();
        status.setId("run-status");
        status.getStyleClass().add("page-status");
        status.textProperty().bind(vm.statusProperty());
        HBox row = new HBox(8, start, pause, resume, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node progressPane() {
        ProgressBar overall = new ProgressBar();
        overall.setId("run-overall");
        overall.setPrefWidth(520);
        overall.progressProperty().bind(vm.overallProperty());
        Label summary = new Label();
        summary.setId("run-summary");
        summary.textProperty().bind(vm.summaryProperty());
        return new VBox(8, new HBox(10, overall, summary), bars);
    }

    private void fillBars() {
        bars.getChildren().clear();
        for (ModelProgressRow row : vm.progress()) {
            Label name = new Label(row.name());
            name.setMinWidth(200);
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(300);
            bar.progressProperty().bind(row.progressProperty());
            Label detail = new Label();
            detail.textProperty().bind(row.detailProperty());
            detail.getStyleClass().add("answer-meta");
            HBox line = new HBox(10, name, bar, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            bars.getChildren().add(line);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
    }
}
