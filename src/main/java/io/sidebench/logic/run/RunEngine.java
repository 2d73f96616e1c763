package io.sidebench.logic.run;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Executes runs: every prompt of a set on every chosen model, {@code repeats} times, in an order shuffled by
 * the run's seed. Cells already finished by an earlier execution are skipped (cells that ended in an error
 * are tried again), each remaining cell is submitted to the {@link RunScheduler} exactly once, and every
 * completion, or recorded error with its partial text, is committed the moment it ends.
 */
public final class RunEngine {
    private static final System.Logger LOG = System.getLogger(RunEngine.class.getName());

    private final ProjectStore store;
    private final ModelClientFactory clients;
    private final MetricsCalculator metrics;
    private final RunClock clock;

    public RunEngine(ProjectStore store, ModelClientFactory clients, MetricsCalculator metrics, RunClock clock) {
        this.store = store;
        this.clients = clients;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A cell to answer, with its prompt and model. */
    record PlannedCell(CellKey key, Prompt prompt, ModelConfig model) {
    }

    /** Records a new run (not started) of the set on the models. */
    public Run createRun(String name, long promptSetId, List<Long> modelIds, int repeats, long seed) {
        if (store.promptSets().get(promptSetId).isEmpty()) {
            throw new IllegalArgumentException("no prompt set with id " + promptSetId);
        }
        if (modelIds.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one model");
        }
        if (Set.copyOf(modelIds).size() != modelIds.size()) {
            throw new IllegalArgumentException("a model is listed twice");
        }
        for (long id : modelIds) {
            if (store.models().get(id).isEmpty()) {
                throw new IllegalArgumentException("no model with id " + id);
            }
        }
        return store.runs().create(new Run(0, name, promptSetId, modelIds, repeats, seed, RunStatus.PENDING,
                Instant.now(), null));
    }

    /** Every cell of a run, in the order the run's seed gives. */
    static List<PlannedCell> plan(Run run, List<Prompt> prompts, List<ModelConfig> models) {
        List<PlannedCell> cells = new ArrayList<>();
        for (Prompt p : prompts) {
            for (ModelConfig m : models) {
                for (int r = 0; r < run.repeats(); r++) {
                    cells.add(new PlannedCell(new CellKey(run.id(), p.id(), m.id(), r), p, m));
                }
            }
        }
        Collections.shuffle(cells, new Random(run.seed()));
        return cells;
    }

    /**
     * Starts (or resumes) a run in the background.
     *
     * @throws IllegalArgumentException when the run, its prompts or models are missing, or a model's client
     *                                  cannot be created (e.g. its API key variable is not set); nothing was
     *                                  requested then
     */
    public RunHandle start(long runId, RunOptions options, RunProgressListener listener) {
        Run run = store.runs().get(runId).orElseThrow(() -> new IllegalArgumentException("no run with id " + runId));
        List<Prompt> prompts = store.promptSets().prompts(run.promptSetId());
        List<ModelConfig> models = new ArrayList<>();
        for (long id : run.modelIds()) {
            models.add(store.models().get(id).orElseThrow(() -> new IllegalArgumentException(
                    "run " + runId + " uses model id " + id + ", which no longer exists")));
        }
        Set<CellKey> finished = store.completions().finishedCells(runId);
        List<PlannedCell> all = plan(run, prompts, models);
        List<PlannedCell> todo = all.stream().filter(c -> !finished.contains(c.key())
                && (options.only() == null || options.only().contains(c.key()))).toList();

        Set<Long> asked = new java.util.HashSet<>();
        todo.forEach(c -> asked.add(c.model().id()));
        Map<Long, ModelClient> byModel = createClients(models.stream().filter(m -> asked.contains(m.id())).toList());
        Map<Long, Integer> totals = new HashMap<>();
        Map<Long, Integer> done = new HashMap<>();
        for (PlannedCell c : all) {
            totals.merge(c.model().id(), 1, Integer::sum);
            if (finished.contains(c.key())) {
                done.merge(c.model().id(), 1, Integer::sum);
            }
        }
        ProgressTracker tracker = new ProgressTracker(runId, clock, models, totals, done,
                store.completions().effortByModel(runId));
        try {
            store.runs().setStatus(runId, RunStatus.RUNNING);
        } catch (RuntimeException e) {
            byModel.values().forEach(RunEngine::closeQuietly);
            throw explain(run, e);
        }
        List<ModelConfig> running = models.stream().filter(m -> byModel.containsKey(m.id())).toList();
        EndpointPlan plan = EndpointPlan.of(running, options.scheduler(), options.isolation());
        if (!running.isEmpty()) {
            try {
                SpeedMeasurement.record(store, run, plan.measurement(), run.status() != RunStatus.PENDING);
            } catch (RuntimeException e) {
                byModel.values().forEach(RunEngine::closeQuietly);
                throw explain(run, e);
            }
        }
        RunScheduler scheduler = new RunScheduler(options.scheduler(), clock, new Random(run.seed() * 31 + 17));

        Map<Long, CellRunner> runners = new LinkedHashMap<>();
        for (ModelConfig m : models) {
            if (!byModel.containsKey(m.id())) {
                continue;
            }
            ResponseCache cache = options.cache().appliesTo(m.params()) ? new ResponseCache(store.cache()) : null;
            runners.put(m.id(), new CellRunner(byModel.get(m.id()), m, cache, metrics, listener, tracker::attempted));
        }
        long startNanos = clock.nanoTime();
        List<CompletableFuture<Completion>> futures = new ArrayList<>(todo.size());
        scheduler.batch(() -> {
            for (PlannedCell cell : todo) {
                futures.add(scheduler.submit(plan.laneOf(cell.model().id()),
                        ctx -> answer(cell, runners.get(cell.model().id()), ctx, scheduler, tracker, listener)));
            }
        });
        CompletableFuture<RunResult> result = new CompletableFuture<>();
        // A run limited to some cells leaves the run's status as it was (other cells may still be to do).
        RunStatus statusAfter = options.only() == null ? null : run.status();
        Thread finisher = new Thread(() -> finish(run, all.size(), all.size() - todo.size(), futures, scheduler,
                byModel, startNanos, statusAfter, tracker, result), "sidebench-run-" + runId + "-finisher");
        finisher.setDaemon(true);
        finisher.start();
        return new RunHandle(runId, scheduler, tracker, result);
    }

    private Map<Long, ModelClient> createClients(List<ModelConfig> models) {
        Map<Long, ModelClient> out = new LinkedHashMap<>();
        try {
            for (ModelConfig m : models) {
                out.put(m.id(), clients.create(m));
            }
        } catch (RuntimeException e) {
            out.values().forEach(RunEngine::closeQuietly);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException(why, e);
        }
        return out;
    }

    private Completion answer(PlannedCell cell, CellRunner runner, RunScheduler.Context ctx, RunScheduler scheduler,
                              ProgressTracker tracker, RunProgressListener listener) {
        Completion completion;
        try {
            completion = runner.run(cell.key(), cell.prompt(), ctx);
        } catch (RunScheduler.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cell " + cell.key() + " failed unexpectedly", e);
            completion = new Completion(0, cell.key(), CompletionStatus.ERROR, "", List.of(), null,
                    "internal error: " + e, Metrics.NONE, List.of(), false, 0, Instant.now());
        }
        Completion saved;
        try {
            saved = store.completions().save(completion);
        } catch (RuntimeException e) {
            scheduler.cancel(); // the project cannot take more: stop asking models
            throw e;
        }
        RunProgress progress = tracker.record(saved, endedByCancel(saved, scheduler));
        try {
            listener.onProgress(progress, saved);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a progress listener failed", e);
        }
        return saved;
    }

    /**
     * A cell that failed after the run was cancelled was stopped by the cancel (its request aborted, or a later
     * turn or retry not made): it is not an error of the model's, and a resume asks it again.
     */
    private static boolean endedByCancel(Completion c, RunScheduler scheduler) {
        return !c.isOk() && scheduler.isCancelled();
    }

    private void finish(Run run, int total, int alreadyDone, List<CompletableFuture<Completion>> futures,
                        RunScheduler scheduler, Map<Long, ModelClient> byModel, long startNanos,
                        RunStatus statusAfter, ProgressTracker tracker, CompletableFuture<RunResult> result) {
        int executed = 0;
        int ok = 0;
        int errors = 0;
        int cached = 0;
        int notStarted = 0;
        int interrupted = 0;
        int retries = 0;
        RuntimeException fatal = null;
        for (CompletableFuture<Completion> f : futures) {
            try {
                Completion c = f.join();
                retries += c.retries();
                if (endedByCancel(c, scheduler)) {
                    interrupted++;
                    continue;
                }
                executed++;
                if (c.isOk()) {
                    ok++;
                } else {
                    errors++;
                }
                if (c.cached()) {
                    cached++;
                }
            } catch (CompletionException e) {
                if (e.getCause() instanceof RunScheduler.CancelledException) {
                    notStarted++;
                } else if (fatal == null) {
                    fatal = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            }
        }
        boolean cancelled = scheduler.isCancelled();
        tracker.end();
        scheduler.close();
        byModel.values().forEach(RunEngine::closeQuietly);
        RunStatus status = fatal != null ? RunStatus.INTERRUPTED : statusAfter != null ? statusAfter
                : cancelled ? RunStatus.CANCELLED : RunStatus.FINISHED;
        try {
            store.runs().setStatus(run.id(), status);
        } catch (RuntimeException e) {
            fatal = fatal == null ? e : fatal;
        }
        if (fatal != null) {
            result.completeExceptionally(explain(run, fatal));
            return;
        }
        Run updated = store.runs().get(run.id()).orElse(run);
        result.complete(new RunResult(updated, total, alreadyDone, executed, ok, errors, cached, notStarted, cancelled,
                Duration.ofNanos(clock.nanoTime() - startNanos), interrupted, retries));
    }

    /** A full disk stops the run: say so, with how many answers are safe and how to go on. */
    private RuntimeException explain(Run run, RuntimeException fatal) {
        if (!io.sidebench.logic.store.StoreException.isDiskFull(fatal)) {
            return fatal;
        }
        int saved;
        try {
            saved = store.completions().finishedCells(run.id()).size();
        } catch (RuntimeException e) {
            return fatal;
        }
        return io.sidebench.logic.store.StoreException.diskFullDuringRun(store.location(), run.id(), saved, fatal);
    }

    private static void closeQuietly(ModelClient client) {
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a model client failed", e);
        }
    }
}
