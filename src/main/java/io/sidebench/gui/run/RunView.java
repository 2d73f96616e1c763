package io.sidebench.gui.run;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.Screen;
import io.sidebench.logic.run.Isolation;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        LivePane live = new LivePane(vm.lanes(), messages);
        VBox.setVgrow(live, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(new VBox(4, title, hint), form(), controls(), progressPane(), historyPane(), live);
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
        Spinner<Integer> repeats = new Spinner<>(1, 20, vm.repeatsProperty().get());
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
        concurrency.setTooltip(new javafx.scene.control.Tooltip(messages.get("run.concurrencyHint")));
        // the isolation choice shares the concurrency row: the screen fits 1024×700
        javafx.scene.layout.HBox limitsRow = new javafx.scene.layout.HBox(12, concurrency,
                new Label(messages.get("run.isolation")), isolationChoice());
        limitsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label concurrencyLabel = new Label(messages.get("run.concurrency"));
        concurrencyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ((Label) limitsRow.getChildren().get(1)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(3, concurrencyLabel, limitsRow);
        Label limits = new Label();
        limits.setId("run-limits");
        limits.getStyleClass().add("answer-meta");
        limits.setWrapText(true);
        limits.textProperty().bind(vm.limits().textProperty());
        // collapsed by default: the limits of every endpoint can take several lines on a small window
        javafx.scene.control.TitledPane limitsPane = new javafx.scene.control.TitledPane(
                messages.get("run.limits.title"), limits);
        limitsPane.setId("run-limits-pane");
        limitsPane.setExpanded(false);
        grid.add(limitsPane, 0, 4, 2, 1);
        TextField name = new TextField();
        name.setId("run-name");
        name.setPromptText(messages.get("run.namePrompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField notes = new TextField();
        notes.setId("run-notes");
        notes.setPrefColumnCount(40);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        // name and notes share a row: the screen fits 1024×700 with the limits and isolation rows
        notes.setPrefColumnCount(28);
        Label notesLabel = new Label(messages.get("run.notes"));
        notesLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox nameRow = new javafx.scene.layout.HBox(12, name, notesLabel, notes);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(6, new Label(messages.get("run.name")), nameRow);
        grid.disableProperty().bind(vm.runningProperty());
        return grid;
    }

    private Node isolationChoice() {
        ChoiceBox<Isolation> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(Isolation.values()));
        box.setId("run-isolation");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Isolation i) {
                return i == null ? "" : messages.get("run.isolation." + i.id());
            }

            @Override
            public Isolation fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(vm.limits().isolationProperty());
        return box;
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
            Spinner<Integer> limit = new Spinner<>(0, 64, choice.limitProperty().get());
            limit.setId("run-model-limit-" + choice.model().id());
            limit.setPrefWidth(70);
            limit.setTooltip(new javafx.scene.control.Tooltip(messages.get("run.modelLimitHint")));
            limit.valueProperty().addListener((o, old, now) -> choice.limitProperty().set(now));
            Label own = new Label(messages.get("run.modelLimit"));
            own.getStyleClass().add("answer-meta");
            HBox item = new HBox(4, box, own, limit);
            item.setAlignment(Pos.CENTER_LEFT);
            modelBoxes.getChildren().add(item);
        }
    }

    private Node controls() {
        Button start = button("run.start", "run-start", vm::start);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.runningProperty());
        Button pause = button("run.pause", "run-pause", vm::pause);
        pause.disableProperty().bind(vm.runningProperty().not().or(vm.pausedProperty()));
        Button resume = button("run.resume", "run-resume", vm::resume);
        resume.disableProperty().bind(vm.canResumeProperty().not());
        Button cancel = button("run.cancel", "run-cancel", vm::cancel);
        cancel.disableProperty().bind(vm.runningProperty().not());
        Label status = new Label();
        status.setId("run-status");
        status.getStyleClass().add("page-status");
        status.textProperty().bind(vm.statusProperty());
        for (Button b : new Button[] {start, pause, resume, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMaxWidth(900);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, start, pause, resume, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, row, status);
        status.managedProperty().bind(vm.statusProperty().isNotEmpty());
        return box;
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
        summary.setWrapText(true);
        summary.setMinWidth(0);
        overall.setMinWidth(160);
        return new VBox(8, new HBox(10, overall, summary), bars);
    }

    private Node historyPane() {
        RunHistory history = vm.history();
        Label title = new Label(messages.get("run.history"));
        title.getStyleClass().add("section-title");
        ComboBox<io.sidebench.model.Run> runs = new ComboBox<>(history.runs());
        runs.setId("run-history");
        runs.setConverter(new StringConverter<>() {
            @Override
            public String toString(io.sidebench.model.Run r) {
                return RunLabels.of(messages, r);
            }

            @Override
            public io.sidebench.model.Run fromString(String s) {
                return null;
            }
        });
        runs.valueProperty().bindBidirectional(history.selectedProperty());
        TextField name = new TextField();
        name.setId("run-history-name");
        name.textProperty().bindBidirectional(history.nameProperty());
        TextField notes = new TextField();
        notes.setId("run-history-notes");
        notes.setPrefColumnCount(40);
        notes.textProperty().bindBidirectional(history.notesProperty());
        Button save = button("run.saveDescription", "run-history-save", history::saveDescription);
        save.disableProperty().bind(history.selectedProperty().isNull().or(vm.runningProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("run.historyRun")), runs);
        grid.addRow(1, new Label(messages.get("run.name")), name);
        grid.addRow(2, new Label(messages.get("run.notes")), new HBox(8, notes, save));
        Label speeds = new Label();
        speeds.setId("run-history-speeds");
        speeds.getStyleClass().add("answer-meta");
        speeds.textProperty().bind(history.speedsProperty());
        grid.add(speeds, 1, 3);
        runs.disableProperty().bind(vm.runningProperty());
        VBox box = new VBox(6, title, grid);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(history.runs()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
            detail.setId("run-detail-" + row.modelId());
            detail.textProperty().bind(row.detailProperty());
            detail.getStyleClass().add("answer-meta");
            row.retriesProperty().addListener((o, old, now) -> detail.pseudoClassStateChanged(RETRIED,
                    now.intValue() > 0));
            HBox line = new HBox(10, name, bar, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            bars.getChildren().add(line);
        }
    }

    private static final javafx.css.PseudoClass RETRIED = javafx.css.PseudoClass.getPseudoClass("retried");

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
    }
}
