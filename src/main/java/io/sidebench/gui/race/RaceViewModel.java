package io.sidebench.gui.race;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Replays finished completions of one prompt side by side with their recorded chunk times (works offline):
 * the view's animation timer calls {@link #advanceTo(double)} once per frame, so updates are batched per pulse.
 */
public final class RaceViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<RaceLane> lanes = FXCollections.observableArrayList();
    private final DoubleProperty clockMs = new SimpleDoubleProperty(this, "clockMs", 0);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final BooleanProperty finished = new SimpleBooleanProperty(this, "finished");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Map<String, Completion> loaded = Map.of();

    public RaceViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
    }

    /** Loads the completions (with their chunk times) to replay, keyed by the model name shown. */
    public void load(String promptTitle, Map<String, Long> completionIdsByModel, Runnable onLoaded) {
        title.set(promptTitle);
        executor.submit("race-load", () -> {
            Map<String, Completion> out = new LinkedHashMap<>();
            for (Map.Entry<String, Long> e : completionIdsByModel.entrySet()) {
                store.completions().get(e.getValue()).filter(Completion::isOk).ifPresent(c -> out.put(e.getKey(), c));
            }
            return out;
        }, result -> {
            loaded = result;
            restart();
            status.set(result.isEmpty() ? messages.get("race.nothing") : "");
            onLoaded.run();
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** Starts the replay again from the moment the requests were sent. */
    public void restart() {
        List<RaceLane> fresh = new ArrayList<>();
        loaded.forEach((name, c) -> fresh.add(new RaceLane(name, c)));
        clockMs.set(0);
        lanes.setAll(fresh);
        finished.set(fresh.isEmpty());
    }

    /** Moves the replay clock to {@code ms} after the requests were sent. */
    public void advanceTo(double ms) {
        clockMs.set(ms);
        boolean all = true;
        String ttft = messages.get("race.ttft");
        String tps = messages.get("race.speed");
        for (RaceLane lane : lanes) {
            lane.advanceTo(ms, ttft, tps);
            all &= lane.doneProperty().get();
        }
        finished.set(all);
    }

    /** How long the slowest answer took (the replay's length at speed 1). */
    public double lengthMs() {
        return lanes.stream().mapToDouble(RaceLane::endMs).max().orElse(0);
    }

    public ObservableList<RaceLane> lanes() {
        return lanes;
    }

    public DoubleProperty clockMsProperty() {
        return clockMs;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
