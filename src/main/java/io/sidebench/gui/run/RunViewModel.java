package io.sidebench.gui.run;

import io.sidebench.gui.core.CoalescedUpdate;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunHandle;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgress;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Starts a run of a prompt set on the chosen models through the run engine and follows it: overall and
 * per-model progress with errors and ETA, pause, resume and cancel. Progress from the engine's threads is
 * coalesced: at most one update waits for the UI thread at a time, so the UI stays responsive.
 */
public final class RunViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<ModelClientFactory> clients;
    private final ObservableList<PromptSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<PromptSet> set = new SimpleObjectProperty<>(this, "set");
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 1);
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency", 4);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final DoubleProperty overall = new SimpleDoubleProperty(this, "overall", 0);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<ModelProgressRow> progress = FXCollections.observableArrayList();
    private final AtomicReference<RunProgress> latest = new AtomicReference<>();
    private final CoalescedUpdate updates;
    private final ObservableList<LiveLane> lanes = FXCollections.observableArrayList();
    private final LiveFeed live = new LiveFeed();
    private volatile Map<Long, String> promptKeys = Map.of();
    private CompletableFuture<RunResult> finished = new CompletableFuture<>();
    private RunHandle handle;

    public RunViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                        Supplier<ModelClientFactory> clients) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.clients = clients;
        this.updates = new CoalescedUpdate(executor, () -> {
            apply(latest.get());
            applyLive();
        });
    }

    private record Choices(List<PromptSet> sets, List<ModelConfig> models) {
    }

    public void load() {
        if (running.get()) {
            return;
        }
        executor.submit("run-choices", () -> new Choices(store.promptSets().list(), store.models().list()), c -> {
            PromptSet keep = set.get();
            sets.setAll(c.sets());
            set.set(c.sets().stream().filter(s -> keep != null && s.id() == keep.id()).findFirst()
                    .orElse(c.sets().isEmpty() ? null : c.sets().get(c.sets().size() - 1)));
            models.setAll(c.models().stream().map(ModelChoice::new).toList());
        }, this::fail);
    }

    /** Creates a run of the chosen set and models, and starts it. */
    public void start() {
        PromptSet chosenSet = set.get();
        List<Long> ids = models.stream().filter(m -> m.chosenProperty().get()).map(m -> m.model().id()).toList();
        if (chosenSet == null || ids.isEmpty()) {
            status.set(messages.get("run.needSetAndModels"));
            return;
        }
        finished = new CompletableFuture<>();
        int reps = Math.max(1, repeats.get());
        int workers = Math.max(1, concurrency.get());
        running.set(true);
        status.set(messages.get("run.starting"));
        Map<Long, String> names = new HashMap<>();
        models.forEach(m -> names.put(m.model().id(), m.model().displayName()));
        progress.setAll(ids.stream().map(id -> new ModelProgressRow(id, names.get(id))).toList());
        live.clear();
        lanes.setAll(ids.stream().map(id -> new LiveLane(id, names.get(id))).toList());
        executor.submit("run-start", () -> {
            promptKeys = store.promptSets().prompts(chosenSet.id()).stream()
                    .collect(Collectors.toMap(Prompt::id, Prompt::key, (a, b) -> a));
            RunEngine engine = new RunEngine(store, clients.get(), MetricsCalculator.withCl100k(), RunClock.SYSTEM);
            Run run = engine.createRun(messages.format("run.defaultName", chosenSet.name()), chosenSet.id(), ids, reps,
                    System.currentTimeMillis());
            return engine.start(run.id(), new RunOptions(SchedulerSettings.of(workers, Duration.ofSeconds(120)),
                    CacheMode.AUTO), new Listener());
        }, started -> {
            handle = started;
            status.set(messages.format("run.running", started.runId()));
            started.result().whenComplete((result, failure) -> executor.onCallbackThread(() -> done(result, failure)));
        }, failure -> {
            running.set(false);
            fail(failure);
            finished.completeExceptionally(failure);
        });
    }

    /** Receives progress and streamed pieces on the engine's threads; hands at most one pending update to the UI thread. */
    private final class Listener implements RunProgressListener {
        @Override
        public void onProgress(RunProgress p, Completion completion) {
            latest.set(p);
            if (completion != null) {
                live.completed(completion);
            }
            updates.request();
        }

        @Override
        public void onAttempt(CellKey cell, int turn, int attempt) {
            live.attempt(cell, turn, attempt);
        }

        @Override
        public void onChunk(CellKey cell, int turn, String text, boolean reasoning) {
            live.chunk(cell, turn, text, reasoning);
            updates.request();
        }
    }

    private void applyLive() {
        Map<Long, LiveFeed.Snapshot> seen = live.snapshot();
        for (LiveLane lane : lanes) {
            LiveFeed.Snapshot s = seen.get(lane.modelId());
            if (s == null) {
                continue;
            }
            String key = promptKeys.getOrDefault(s.cell().promptId(), "#" + s.cell().promptId());
            lane.promptProperty().set(s.cell().repeat() > 0
                    ? messages.format("run.live.promptRepeat", key, s.cell().repeat() + 1)
                    : messages.format("run.live.prompt", key));
            lane.textProperty().set(s.text());
            lane.doneProperty().set(s.done());
            lane.failedProperty().set(s.failed());
        }
    }

    private void apply(RunProgress p) {
        if (p == null) {
            return;
        }
        overall.set(p.total() == 0 ? 0 : (double) p.done() / p.total());
        summary.set(messages.format("run.summary", p.done(), p.total(), p.errors(), p.cached(), eta(p.eta())));
        for (RunProgress.ModelProgress m : p.models()) {
            for (ModelProgressRow row : progress) {
                if (row.modelId() == m.modelId()) {
                    row.progressProperty().set(m.total() == 0 ? 0 : (double) m.done() / m.total());
                    row.detailProperty().set(messages.format("run.modelDetail", m.done(), m.total(), m.errors(),
                            eta(m.eta())));
                }
            }
        }
    }

    private String eta(Duration d) {
        if (d == null) {
            return "\u2013";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private void done(RunResult result, Throwable failure) {
        running.set(false);
        paused.set(false);
        if (handle != null) {
            apply(handle.progress());
        }
        applyLive();
        if (failure != null) {
            fail(failure);
            finished.completeExceptionally(failure);
            return;
        }
        status.set(messages.format(result.cancelled() ? "run.cancelled" : "run.finished", result.run().id(), result.ok(),
                result.errors(), result.cached()));
        finished.complete(result);
    }

    public void pause() {
        if (handle != null && running.get()) {
            handle.pause();
            paused.set(true);
            status.set(messages.get("run.paused"));
        }
    }

    public void resume() {
        if (handle != null && paused.get()) {
            handle.resume();
            paused.set(false);
            status.set(messages.format("run.running", handle.runId()));
        }
    }

    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
            status.set(messages.get("run.cancelling"));
        }
    }

    private void fail(Throwable failure) {
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    /** Completes when the run started last has ended (for tests and the shell). */
    public CompletableFuture<RunResult> finished() {
        return finished;
    }

    public ObservableList<PromptSet> sets() {
        return sets;
    }

    public ObjectProperty<PromptSet> setProperty() {
        return set;
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public DoubleProperty overallProperty() {
        return overall;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<ModelProgressRow> progress() {
        return progress;
    }

    /** Per chosen model, the answer it is streaming now (or gave last). */
    public ObservableList<LiveLane> lanes() {
        return lanes;
    }
}
