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
    private final ObservableList<RaceLane> finishOrder = FXCollections.observableArrayList();
    private final StringProperty finishLine = new SimpleStringProperty(this, "finishLine", "");
    private Map<String, Completion> loaded = Map.of();
    private java.util.Set<String> baselines = java.util.Set.of();

    public RaceViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
    }

    private record Loaded(Map<String, Completion> completions, java.util.Set<String> baselines) {
    }

    /** Loads the completions (with their chunk times) to replay, keyed by the model name shown. */
    public void load(String promptTitle, Map<String, Long> completionIdsByModel, Runnable onLoaded) {
        title.set(promptTitle);
        executor.submit("race-load", () -> {
            Map<String, Completion> out = new LinkedHashMap<>();
            java.util.Set<String> base = new java.util.HashSet<>();
            for (Map.Entry<String, Long> e : completionIdsByModel.entrySet()) {
                store.completions().get(e.getValue()).filter(Completion::isOk).ifPresent(c -> {
                    out.put(e.getKey(), c);
                    if (store.models().get(c.cell().modelId()).map(m -> m.isBaseline()).orElse(false)) {
                        base.add(e.getKey());
                    }
                });
            }
            return new Loaded(out, base);
        }, result -> {
            loaded = result.completions();
            baselines = java.util.Set.copyOf(result.baselines());
            restart();
            status.set(loaded.isEmpty() ? messages.get("race.nothing") : "");
            onLoaded.run();
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** Starts the replay again from the moment the requests were sent. */
    public void restart() {
        List<RaceLane> fresh = new ArrayList<>();
        loaded.forEach((name, c) -> fresh.add(new RaceLane(name, c, baselines.contains(name))));
        clockMs.set(0);
        finishOrder.clear();
        finishLine.set("");
        lanes.setAll(fresh);
        finished.set(fresh.isEmpty());
    }

    /** Moves the replay clock to {@code ms} after the requests were sent; lanes that end take their places. */
    public void advanceTo(double ms) {
        clockMs.set(ms);
        boolean all = true;
        List<RaceLane> ended = new ArrayList<>();
        for (RaceLane lane : lanes) {
            boolean before = lane.doneProperty().get();
            lane.advanceTo(ms, messages);
            if (!before && lane.doneProperty().get() && !lane.baseline()) {
                ended.add(lane);
            }
            all &= lane.doneProperty().get();
        }
        if (!ended.isEmpty()) {
            ended.sort(java.util.Comparator.comparingDouble(RaceLane::endMs));
            for (RaceLane lane : ended) {
                finishOrder.add(lane);
                lane.placeProperty().set(finishOrder.size());
            }
            finishLine.set(finishText());
        }
        finished.set(all);
    }

    private String finishText() {
        List<String> places = new ArrayList<>();
        for (RaceLane lane : finishOrder) {
            places.add(messages.format("race.place", lane.placeProperty().get(), lane.name(),
                    messages.number(lane.endMs() / 1000.0, 2)));
        }
        return messages.format("race.finishOrder", String.join("  \u00B7  ", places));
    }

    /** The lanes in the order they finished (baselines, which send no request, take no place). */
    public ObservableList<RaceLane> finishOrder() {
        return finishOrder;
    }

    /** "Finish: 1. fast 1.20 s · 2. slow 3.40 s", empty before the first lane ends. */
    public StringProperty finishLineProperty() {
        return finishLine;
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
