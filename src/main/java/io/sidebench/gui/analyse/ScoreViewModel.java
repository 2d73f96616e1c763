package io.sidebench.gui.analyse;

import io.sidebench.gui.core.CoalescedUpdate;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.scoring.EmbeddingModels;
import io.sidebench.logic.scoring.ScorerCatalog;
import io.sidebench.logic.scoring.ScoringJob;
import io.sidebench.logic.scoring.ScoringService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scoring a run from the analyse screen: which scorers, an optional judge model grading each answer and an
 * optional pairwise judge, progress, cancel and the outcome in one line. The work runs on the task executor
 * through {@link ScoringJob} (the same pass as {@code sidebench score}); progress reaches the UI thread at
 * most one update at a time.
 */
public final class ScoreViewModel {
    /** One scorer the user can tick. */
    public record ScorerChoice(String id, BooleanProperty chosen) {
    }

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<ModelClientFactory> clients;
    private final EmbeddingModels embeddings;
    private final Runnable onScored;
    private final ObservableList<ScorerChoice> scorers = FXCollections.observableArrayList();
    private final ObservableList<String> judgeModels = FXCollections.observableArrayList();
    private final ObjectProperty<String> judge = new SimpleObjectProperty<>(this, "judge");
    private final ObjectProperty<String> pairwiseJudge = new SimpleObjectProperty<>(this, "pairwiseJudge");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicLong latestProgress = new AtomicLong();
    private final CoalescedUpdate progressUpdate;
    private CancelToken cancel = CancelToken.none();

    public ScoreViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                          Supplier<ModelClientFactory> clients, EmbeddingModels embeddings, Runnable onScored) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.clients = clients;
        this.embeddings = embeddings;
        this.onScored = onScored;
        this.progressUpdate = new CoalescedUpdate(executor, this::showProgress);
        for (String id : ScorerCatalog.BUILT_IN) {
            scorers.add(new ScorerChoice(id, new SimpleBooleanProperty(AnalyseViewModel.OFFLINE_SCORERS.contains(id))));
        }
    }

    /** Lists the project's models that can judge (every model but the baselines). */
    public void load() {
        executor.submit("score-models", () -> store.models().list().stream().filter(m -> !m.isBaseline())
                .map(ModelConfig::name).toList(), names -> {
            judgeModels.setAll(names);
            if (judge.get() != null && !names.contains(judge.get())) {
                judge.set(null);
            }
            if (pairwiseJudge.get() != null && !names.contains(pairwiseJudge.get())) {
                pairwiseJudge.set(null);
            }
        }, this::fail);
    }

    /** The scorer names of the current choice, judge included. */
    List<String> chosenScorers() {
        List<String> out = new ArrayList<>();
        scorers.stream().filter(s -> s.chosen().get()).forEach(s -> out.add(s.id()));
        if (judge.get() != null) {
            out.add("judge:" + judge.get());
        }
        return out;
    }

    /** Scores {@code run} with the current choice; says why not in the status when nothing is chosen. */
    public void start(Run run) {
        if (run == null || running.get()) {
            return;
        }
        List<String> names = chosenScorers();
        if (names.isEmpty() && pairwiseJudge.get() == null) {
            status.set(messages.get("score.nothingChosen"));
            return;
        }
        ScoringJob.Request request = new ScoringJob.Request(names, List.of(), pairwiseJudge.get(), null);
        CancelToken token = new CancelToken();
        cancel = token;
        running.set(true);
        progress.set(request.needsModels() && names.isEmpty() ? -1 : 0);
        status.set(messages.get(request.needsModels() ? "score.runningJudge" : "score.running"));
        executor.submit("score", () -> new ScoringJob(store, clients, embeddings, Clock.systemUTC())
                .run(run.id(), request, this::progressed, token), result -> {
            running.set(false);
            progress.set(1);
            status.set(describe(result, token.isCancelled()));
            onScored.run();
        }, this::fail);
    }

    public void cancel() {
        cancel.cancel();
    }

    private void progressed(int done, int total) {
        latestProgress.set(((long) done << 32) | total);
        progressUpdate.request();
    }

    private void showProgress() {
        long packed = latestProgress.get();
        int all = (int) packed;
        if (running.get() && all > 0) {
            progress.set((double) (packed >>> 32) / all);
        }
    }

    private String describe(ScoringJob.Result result, boolean cancelled) {
        ScoringService.Report s = result.scores();
        String line = messages.format(cancelled ? "score.cancelled" : "score.done", s.computed(), s.unchanged(),
                s.transientFailures());
        if (result.pairwise() != null) {
            line += " " + messages.format("score.pairwiseDone", result.pairwise().votesAdded(),
                    result.pairwise().malformed(), result.pairwise().failedCalls());
        }
        return line;
    }

    private void fail(Throwable failure) {
        running.set(false);
        progress.set(0);
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public ObservableList<ScorerChoice> scorers() {
        return scorers;
    }

    public ObservableList<String> judgeModels() {
        return judgeModels;
    }

    public ObjectProperty<String> judgeProperty() {
        return judge;
    }

    public ObjectProperty<String> pairwiseJudgeProperty() {
        return pairwiseJudge;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
