package io.sidebench.gui.compare;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Retries one cell through the run engine (its retry policy, rate limits and cache), limited to exactly that
 * cell: a cell that already has an answer is left alone and no request is sent for it.
 */
public final class EngineCellRetrier implements CellRetrier {
    private final ProjectStore store;
    private final Supplier<ModelClientFactory> clients;
    private final MetricsCalculator metrics;
    private final SchedulerSettings scheduler;

    public EngineCellRetrier(ProjectStore store, Supplier<ModelClientFactory> clients, MetricsCalculator metrics,
                             SchedulerSettings scheduler) {
        this.store = store;
        this.clients = clients;
        this.metrics = metrics;
        this.scheduler = scheduler;
    }

    @Override
    public Outcome retry(CellKey cell) throws Exception {
        Optional<Completion> before = store.completions().find(cell);
        if (before.isPresent() && before.get().isOk()) {
            return new Outcome(Kind.ALREADY_ANSWERED, before.get(), null);
        }
        RunResult result;
        try {
            RunEngine engine = new RunEngine(store, clients.get(), metrics, RunClock.SYSTEM);
            result = engine.start(cell.runId(), new RunOptions(scheduler, CacheMode.AUTO).onlyCells(Set.of(cell)),
                    RunProgressListener.NONE).await();
        } catch (IllegalArgumentException e) {
            return Outcome.notSent(before.orElse(null), e.getMessage());
        }
        Optional<Completion> after = store.completions().find(cell);
        if (result.executed() == 0 || after.isEmpty()) {
            return Outcome.notSent(after.orElse(before.orElse(null)), null);
        }
        return Outcome.of(after.get());
    }
}
