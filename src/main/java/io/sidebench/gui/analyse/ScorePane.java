package io.sidebench.gui.analyse;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.Run;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "score this run" panel of the analyse screen, bound to a {@link ScoreViewModel}. */
final class ScorePane extends VBox {
    ScorePane(ScoreViewModel vm, Messages messages, Supplier<Run> run) {
        super(8);
        setId("score-pane");
        getStyleClass().add("score-pane");
        Label title = new Label(messages.get("score.title"));
        title.getStyleClass().add("section-title");
        FlowPane boxes = new FlowPane(12, 6);
        for (ScoreViewModel.ScorerChoice choice : vm.scorers()) {
            CheckBox box = new CheckBox(messages.get("score.scorer." + choice.id()));
            box.setId("score-" + choice.id());
            box.selectedProperty().bindBidirectional(choice.chosen());
            boxes.getChildren().add(box);
        }
        ComboBox<String> judge = modelChoice(vm, messages, "score-judge");
        judge.valueProperty().bindBidirectional(vm.judgeProperty());
        ComboBox<String> pairwise = modelChoice(vm, messages, "score-pairwise");
        pairwise.valueProperty().bindBidirectional(vm.pairwiseJudgeProperty());
        Label judgeHint = new Label(messages.get("score.judgeHint"));
        judgeHint.getStyleClass().add("page-hint");
        io.sidebench.gui.core.Layouts.wrapping(judgeHint);
        javafx.scene.layout.FlowPane judges = io.sidebench.gui.core.Layouts.flow(8, io.sidebench.gui.core.Layouts.pair(new Label(messages.get("score.judge")), judge),
                io.sidebench.gui.core.Layouts.pair(new Label(messages.get("score.pairwise")), pairwise));
        judges.setAlignment(Pos.CENTER_LEFT);
        Button start = new Button(messages.get("score.start"));
        start.setId("score-start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start(run.get()));
        Button cancel = new Button(messages.get("score.cancel"));
        cancel.setId("score-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("score-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("score-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox actions = new HBox(8, start, cancel, bar, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, boxes, judges, judgeHint, actions);
    }

    private static ComboBox<String> modelChoice(ScoreViewModel vm, Messages messages, String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            String keep = box.getValue();
            box.getItems().setAll(vm.judgeModels());
            box.getItems().add(0, null);
            box.setValue(keep);
        };
        vm.judgeModels().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? messages.get("score.none") : name;
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.disableProperty().bind(Bindings.isEmpty(vm.judgeModels()).or(vm.runningProperty()));
        return box;
    }
}
