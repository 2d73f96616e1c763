package io.sidebench.gui.run;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.run.SpeedMeasurement;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's runs on the run screen, newest first (the store's one order): the chosen run's name and notes can
 * be edited and saved, and a run that did not finish can be resumed.
 */
public final class RunHistory {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<String> status;
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty speeds = new SimpleStringProperty(this, "speeds", "");
    private java.util.Map<Long, SpeedMeasurement> measured = java.util.Map.of();

    RunHistory(ProjectStore store, TaskExecutor executor, Messages messages, Consumer<String> status) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.status = status;
        selected.addListener((o, old, now) -> {
            name.set(now == null || now.name() == null ? "" : now.name());
            notes.set(now == null || now.notes() == null ? "" : now.notes());
            speeds.set(now == null ? "" : messages.format("run.speeds", RunLimits.speeds(messages, measured.get(now.id()))));
        });
    }

    /** Reads the runs again; selects run {@code selectId} (when not null), else keeps the selection. */
    void reload(Long selectId) {
        pendingSelect = selectId;
        executor.submit("run-history", this::read, this::show, this::fail);
    }

    /** The runs and how each one's speeds were measured (read off the UI thread). */
    private List<Run> read() {
        List<Run> list = store.runs().list();
        java.util.Map<Long, SpeedMeasurement> ways = new java.util.HashMap<>();
        for (Run r : list) {
            SpeedMeasurement.read(store, r).ifPresent(m -> ways.put(r.id(), m));
        }
        measuredRead = ways;
        return list;
    }

    private volatile java.util.Map<Long, SpeedMeasurement> measuredRead = java.util.Map.of();

    private Long pendingSelect;

    private void show(List<Run> list) {
        Run keep = selected.get();
        long wanted = pendingSelect != null ? pendingSelect : keep == null ? -1 : keep.id();
        pendingSelect = null;
        measured = measuredRead;
        runs.setAll(list);
        Run next = list.stream().filter(r -> r.id() == wanted).findFirst().orElse(list.isEmpty() ? null : list.get(0));
        selected.set(null); // a run read again is a new object: refresh name and notes
        selected.set(next);
    }

    /** Saves the name and notes typed for the selected run. */
    public void saveDescription() {
        Run run = selected.get();
        if (run == null) {
            return;
        }
        String newName = name.get();
        String newNotes = notes.get();
        executor.submit("run-describe", () -> {
            store.runs().describe(run.id(), newName, newNotes);
            return read();
        }, list -> {
            pendingSelect = run.id();
            show(list);
            status.accept(messages.format("run.described", run.id()));
        }, this::fail);
    }

    private void fail(Throwable failure) {
        status.accept(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    public ObjectProperty<Run> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** How the selected run's speeds were measured, in the screen's language. */
    public StringProperty speedsProperty() {
        return speeds;
    }
}
