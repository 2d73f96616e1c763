package io.sidebench.gui.race;

import io.sidebench.gui.core.Messages;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The race: every model's answer streaming into its column at the recorded pace, with live TTFT and speed. */
public final class RaceView {
    private final RaceViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final HBox columns = new HBox(10);
    private final AnimationTimer timer;
    private long startNanos;

    public RaceView(RaceViewModel vm, Messages messages, Runnable onBack) {
        this.vm = vm;
        this.messages = messages;
        root.setId("race");
        root.getStyleClass().add("page");
        root.setPadding(new Insets(12));
        Label title = new Label();
        title.getStyleClass().add("answer-title");
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        Label clock = new Label();
        clock.setId("race-clock");
        clock.textProperty().bind(vm.clockMsProperty().divide(1000.0).asString(messages.get("race.clock")));
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.getItems().setAll(0.5, 1.0, 2.0, 5.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : d + "\u00D7";
            }

            @Override
            public Double fromString(String s) {
                return 1.0;
            }
        });
        speed.valueProperty().bindBidirectional(vm.speedProperty().asObject());
        Button replay = new Button(messages.get("race.replay"));
        replay.setId("race-replay");
        replay.setOnAction(e -> play());
        Button back = new Button(messages.get("race.back"));
        back.setId("race-back");
        back.setOnAction(e -> {
            stop();
            onBack.run();
        });
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(10, back, replay, new Label(messages.get("race.speedLabel")), speed, clock, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label finish = new Label();
        finish.setId("race-finish");
        finish.getStyleClass().add("answer-meta");
        finish.setWrapText(true);
        finish.textProperty().bind(vm.finishLineProperty());
        root.getChildren().addAll(bar, title, finish, scroll);
        vm.lanes().addListener((ListChangeListener<RaceLane>) c -> fillColumns());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.advanceTo((now - startNanos) / 1e6 * vm.speedProperty().get());
                if (vm.finishedProperty().get()) {
                    stop();
                }
            }
        };
    }

    private void stop() {
        timer.stop();
    }

    /** Plays the replay from the start. */
    public void play() {
        timer.stop();
        vm.restart();
        startNanos = System.nanoTime();
        timer.start();
    }

    private void fillColumns() {
        columns.getChildren().clear();
        for (RaceLane lane : vm.lanes()) {
            Label name = new Label(lane.name());
            name.getStyleClass().add("answer-title");
            name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> lane.placeProperty()
                    .get() == 0 ? lane.name() : messages.format("race.placed", lane.placeProperty().get(),
                    lane.name()), lane.placeProperty()));
            Label stats = new Label();
            stats.getStyleClass().add("answer-meta");
            stats.textProperty().bind(lane.statsProperty());
            Label text = new Label();
            text.setWrapText(true);
            text.textProperty().bind(lane.textProperty());
            text.getStyleClass().add("race-text");
            VBox column = new VBox(6, name, stats, text);
            column.getStyleClass().add("answer-card");
            column.setPrefWidth(300);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
    }

    public Node root() {
        return root;
    }
}
