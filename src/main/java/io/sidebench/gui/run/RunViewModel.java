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
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * Starts a run of a prompt set on the chosen models through the run engine, or resumes one that did not finish,
 * and follows it: overall and per-model progress with errors, attempts, retries and ETA, pause, resume and
 * cancel. Progress from the engine's threads is coalesced: at most one update waits for the UI thread at a
 * time, so the UI stays responsive. The choices are kept in the session's {@link RunSelections}.
 */
public final class RunViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<ModelClientFactory> clients;
    private final RunSelections.Choices remembered;
    private final ObservableList<PromptSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<PromptSet> set = new SimpleObjectProperty<>(this, "set");
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 1);
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency", 4);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
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
    private final ProgressTexts texts;
    private final RunHistory history;
    private final BooleanBinding canResume;
    private final RunLimits limits;
    private volatile Map<Long, String> promptKeys = Map.of();
    private CompletableFuture<RunResult> finished = new CompletableFuture<>();
    private RunHandle handle;

    public RunViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                        Supplier<ModelClientFactory> clients) {
        this(store, executor, messages, clients, new RunSelections());
    }

    public RunViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                        Supplier<ModelClientFactory> clients, RunSelections selections) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.clients = clients;
        this.remembered = selections.of(store.file());
        this.texts = new ProgressTexts(messages);
        this.history = new RunHistory(store, executor, messages, status::set);
        this.limits = new RunLimits(store, executor, messages, models, concurrency::get, status::set);
        this.updates = new CoalescedUpdate(executor, () -> {
            apply(latest.get());
            applyLive();
        });
        canResume = Bindings.createBooleanBinding(() -> paused.get()
                        || !running.get() && RunLabels.resumable(history.selectedProperty().get()),
                paused, running, history.selectedProperty());
        remembered.bind(repeats, concurrency, name, notes, set, limits.isolationProperty());
        concurrency.addListener((o, old, now) -> limits.refresh());
    }

    private record Choices(List<PromptSet> sets, List<ModelConfig> models) {
    }

    public void load() {
        if (running.get()) {
            return;
        }
        executor.submit("run-choices", () -> new Choices(store.promptSets().list(), store.models().list()), c -> {
            PromptSet keep = set.get();
            long wanted = keep != null ? keep.id() : remembered.setId != null ? remembered.setId : -1;
            sets.setAll(c.sets());
            set.set(c.sets().stream().filter(s -> s.id() == wanted).findFirst()
                    .orElse(c.sets().isEmpty() ? null : c.sets().get(c.sets().size() - 1)));
            models.setAll(c.models().stream().map(m -> {
                ModelChoice choice = new ModelChoice(m);
                choice.chosenProperty().set(remembered.chosenModels.getOrDefault(m.id(), true));
                choice.chosenProperty().addListener((o, old, now) -> remembered.chosenModels.put(m.id(), now));
                limits.watch(choice);
                return choice;
            }).toList());
            limits.refresh();
        }, this::fail);
        history.reload(null);
    }

    /** Creates a run of the chosen set and models, and starts it. */
    public void start() {
        PromptSet chosenSet = set.get();
        List<Long> ids = models.stream().filter(m -> m.chosenProperty().get()).map(m -> m.model().id()).toList();
        if (chosenSet == null || ids.isEmpty()) {
            status.set(messages.get("run.needSetAndModels"));
            return;
        }
        int reps = Math.max(1, repeats.get());
        String runName = name.get() == null || name.get().isBlank()
                ? messages.format("run.defaultName", chosenSet.name()) : name.get().strip();
        String runNotes = notes.get();
        launch(ids, chosenSet.id(), engine -> {
            Run run = engine.createRun(runName, chosenSet.id(), ids, reps, System.currentTimeMillis());
            if (runNotes != null && !runNotes.isBlank()) {
                store.runs().describe(run.id(), run.name(), runNotes);
            }
            return run.id();
        }, "run.starting");
        name.set("");
        notes.set("");
    }

    /** Resumes the paused run, or continues the chosen run that did not finish (cancelled, interrupted). */
    public void resume() {
        if (handle != null && paused.get()) {
            handle.resume();
            paused.set(false);
            status.set(messages.format("run.running", handle.runId()));
            return;
        }
        Run run = history.selectedProperty().get();
        if (running.get() || !RunLabels.resumable(run)) {
            status.set(messages.get("run.nothingToResume"));
            return;
        }
        launch(run.modelIds(), run.promptSetId(), engine -> run.id(), "run.resuming");
    }

    @FunctionalInterface
    private interface RunToStart {
        long runId(RunEngine engine);
    }

    private void launch(List<Long> ids, long setId, RunToStart which, String startingKey) {
        finished = new CompletableFuture<>();
        int workers = Math.max(1, concurrency.get());
        io.sidebench.logic.run.Isolation isolation = limits.isolationProperty().get();
        running.set(true);
        status.set(messages.get(startingKey));
        Map<Long, String> names = new HashMap<>();
        models.forEach(m -> names.put(m.model().id(), m.model().displayName()));
        progress.setAll(ids.stream().map(id -> new ModelProgressRow(id, names.getOrDefault(id, "#" + id))).toList());
        live.clear();
        lanes.setAll(ids.stream().map(id -> new LiveLane(id, names.getOrDefault(id, "#" + id))).toList());
        latest.set(null);
        overall.set(0);
        summary.set("");
        executor.submit("run-start", () -> {
            promptKeys = store.promptSets().prompts(setId).stream()
                    .collect(Collectors.toMap(Prompt::id, Prompt::key, (a, b) -> a));
            RunEngine engine = new RunEngine(store, clients.get(), MetricsCalculator.withCl100k(), RunClock.SYSTEM);
            long runId = which.runId(engine);
            return engine.start(runId, new RunOptions(RunLimits.settings(workers), CacheMode.AUTO, null, isolation),
                    new Listener());
        }, started -> {
            handle = started;
            status.set(messages.format("run.running", started.runId()));
            history.reload(started.runId());
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
                    ? messages.format("run.live.promptRepeat", key, s.cell().repeat())
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
        boolean ended = !running.get();
        overall.set(p.total() == 0 ? 0 : (double) p.done() / p.total());
        summary.set(texts.summary(p, ended));
        for (RunProgress.ModelProgress m : p.models()) {
            for (ModelProgressRow row : progress) {
                if (row.modelId() == m.modelId()) {
                    row.progressProperty().set(m.total() == 0 ? 0 : (double) m.done() / m.total());
                    row.detailProperty().set(texts.model(m, ended));
                    row.retriesProperty().set(m.retries());
                }
            }
        }
    }

    private void done(RunResult result, Throwable failure) {
        running.set(false);
        paused.set(false);
        if (handle != null) {
            apply(handle.progress());
            history.reload(handle.runId());
        }
        applyLive();
        if (failure != null) {
            fail(failure);
            finished.completeExceptionally(failure);
            return;
        }
        status.set(result.cancelled()
                ? messages.format("run.cancelledResumable", result.run().id(), result.ok(), result.errors(),
                result.cached(), result.interrupted(), result.notStarted())
                : messages.format("run.finishedRetries", result.run().id(), result.ok(), result.errors(),
                result.retries(), result.cached()));
        finished.complete(result);
    }

    public void pause() {
        if (handle != null && running.get()) {
            handle.pause();
            paused.set(true);
            status.set(messages.get("run.paused"));
        }
    }

    public void cancel() {
        if (handle != null && running.get()) {
            // said first: the run may end (and say so) before cancel() returns
            status.set(messages.get("run.cancelling"));
            handle.cancel();
        }
    }

    private void fail(Throwable failure) {
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    /** Completes when the run started (or resumed) last has ended (for tests and the shell). */
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

    /** The name of the next run (blank: "run of SET"). */
    public StringProperty nameProperty() {
        return name;
    }

    /** Notes on the next run. */
    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Whether Resume can do something: continue the paused run, or the chosen run that did not finish. */
    public BooleanBinding canResumeProperty() {
        return canResume;
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

    /** Speed isolation, each model's own limit and the effective limits of the next run. */
    public RunLimits limits() {
        return limits;
    }

    /** The project's runs (newest first), the chosen one's name and notes. */
    public RunHistory history() {
        return history;
    }

    /** Per chosen model, the answer it is streaming now (or gave last). */
    public ObservableList<LiveLane> lanes() {
        return lanes;
    }
}
