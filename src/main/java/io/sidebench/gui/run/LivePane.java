package io.sidebench.gui.run;

import io.sidebench.gui.core.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The models' answers side by side as they stream in: one lane per model of the run. */
final class LivePane extends VBox {
    private final HBox row = new HBox(10);
    private final ObservableList<LiveLane> lanes;

    LivePane(ObservableList<LiveLane> lanes, Messages messages) {
        super(6);
        this.lanes = lanes;
        setId("run-live");
        Label title = new Label(messages.get("run.live.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, row);
        VBox.setVgrow(row, Priority.ALWAYS);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(lanes));
        managedProperty().bind(visibleProperty());
        lanes.addListener((ListChangeListener<LiveLane>) c -> fill());
        fill();
    }

    private void fill() {
        row.getChildren().clear();
        for (LiveLane lane : lanes) {
            Label name = new Label(lane.name());
            name.getStyleClass().add("answer-title");
            Label prompt = new Label();
            prompt.getStyleClass().add("answer-meta");
            prompt.textProperty().bind(lane.promptProperty());
            TextArea text = new TextArea();
            text.setId("live-text-" + lane.modelId());
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(10);
            text.getStyleClass().add("live-answer");
            lane.textProperty().addListener((o, old, now) -> {
                text.setText(now);
                text.positionCaret(now.length());
            });
            text.setText(lane.textProperty().get());
            lane.failedProperty().addListener((o, old, now) -> text.pseudoClassStateChanged(FAILED, now));
            VBox box = new VBox(4, name, prompt, text);
            box.setId("live-lane-" + lane.modelId());
            box.getStyleClass().add("answer-card");
            VBox.setVgrow(text, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMinWidth(180);
            box.setPrefWidth(320);
            row.getChildren().add(box);
        }
    }

    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");
}
