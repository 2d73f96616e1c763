package io.sidebench.logic.run;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.FailureMessages;
import io.sidebench.logic.providers.ModelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one scheduler of model requests. Work is queued on lanes (one per model, {@link SchedulerLane}):
 * an endpoint's concurrency limit is shared by every lane on it, a lane may be capped lower, and the lanes of
 * an isolation group run one after another ({@link LaneDispatcher}). Per model deployment it owns token buckets
 * for requests and tokens per minute and a cool-down after a 429 with Retry-After; per request bounded retries
 * with exponential backoff and jitter, and the per-request timeout. Run-wide it owns cancel and pause/resume: a pause holds back new attempts (requests in flight
 * finish); a cancel stops queued work, aborts requests in flight and wakes every wait.
 *
 * <p>Work is submitted as tasks (a run cell, possibly several turns); inside a task each model request goes
 * through {@link Context#call}. Time comes from an injected {@link RunClock}, so backoff and rate limits can
 * be tested without sleeping; timeouts use real time.
 */
public final class RunScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunScheduler.class.getName());

    /** One attempt of a request: must honour {@code cancel} (set by cancel or the timeout). */
    @FunctionalInterface
    public interface Attempt {
        ModelResult run(int attempt, CancelToken cancel, Duration timeout);
    }

    /** Work run on one of an endpoint's workers. */
    @FunctionalInterface
    public interface Task<T> {
        T run(Context context) throws Exception;
    }

    /** Told of every retry (for progress and logs). */
    @FunctionalInterface
    public interface RetryListener {
        void onRetry(String endpoint, int attemptsMade, ModelResult failed, Duration delay);
    }

    /**
     * The final result of a request and how many attempts it took; {@code retries} says why each retry happened.
     *
     * @param waitedNanos time between the end of a failed attempt and the start of the next (backoff,
     *                    Retry-After, rate limits), summed over the retries
     * @param wallNanos   from the start of the first attempt to the end of the last
     */
    public record CallOutcome(ModelResult result, int attempts, List<String> retries, long waitedNanos,
                              long wallNanos) {
        public CallOutcome(ModelResult result, int attempts, List<String> retries) {
            this(result, attempts, retries, 0, 0);
        }
    }

    /** Thrown when the run was cancelled before a request could start. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("the run was cancelled");
        }
    }

    private final SchedulerSettings settings;
    private final RunClock clock;
    private final Random random;
    private final Map<String, Deployment> deployments = new ConcurrentHashMap<>();
    private final LaneDispatcher dispatcher;
    private final ScheduledExecutorService watchdog;
    private final CountDownLatch cancelLatch = new CountDownLatch(1);
    private final Set<CancelToken> inFlight = ConcurrentHashMap.newKeySet();
    private final Object pauseLock = new Object();
    private volatile boolean paused;
    private volatile boolean cancelled;
    private volatile RetryListener retryListener = (endpoint, attempts, failed, delay) -> { };

    public RunScheduler(SchedulerSettings settings, RunClock clock, Random random) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sidebench-timeouts"));
        this.dispatcher = new LaneDispatcher(name -> settings.limitsFor(name).concurrency());
    }

    public void setRetryListener(RetryListener listener) {
        this.retryListener = listener;
    }

    /** Queues {@code task} on an endpoint of its own; the future fails with CancelledException if never run. */
    public <T> CompletableFuture<T> submit(String endpoint, Task<T> task) {
        return submit(SchedulerLane.of(endpoint), task);
    }

    /**
     * Queues {@code task} on {@code lane}: it starts when the lane's cap, its endpoint's limit and its isolation
     * group allow; the future fails with CancelledException if it never runs.
     */
    public <T> CompletableFuture<T> submit(SchedulerLane lane, Task<T> task) {
        Deployment ep = deployment(lane.deployment());
        CompletableFuture<T> future = new CompletableFuture<>();
        dispatcher.submit(lane, () -> {
            if (cancelled) {
                future.completeExceptionally(new CancelledException());
                return;
            }
            try {
                future.complete(task.run(ep.context));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, () -> future.completeExceptionally(new CancelledException()));
        return future;
    }

    /** Runs {@code submissions} (calls of submit) with nothing started until all of them are queued. */
    public void batch(Runnable submissions) {
        dispatcher.batch(submissions);
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** Stops everything: queued tasks do not start, requests in flight are aborted, waits end at once. */
    public void cancel() {
        cancelled = true;
        cancelLatch.countDown();
        dispatcher.dropQueued();
        inFlight.forEach(CancelToken::cancel);
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        dispatcher.close();
        watchdog.shutdownNow();
    }

    private Deployment deployment(String name) {
        return deployments.computeIfAbsent(name, n -> new Deployment(n, settings.limitsFor(n)));
    }

    /** What a task uses to make requests to its deployment. */
    public final class Context {
        private final Deployment ep;

        private Context(Deployment ep) {
            this.ep = ep;
        }

        public String endpoint() {
            return ep.name;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /**
         * Makes one request: waits for pause, cool-down and rate limits, then attempts it, retrying
         * retryable failures as the policy says. Returns the last attempt's result.
         *
         * @param estimatedTokens input + output tokens expected, for the tokens-per-minute limit
         * @throws CancelledException when the run is cancelled before the first attempt started
         */
        public CallOutcome call(long estimatedTokens, Attempt attempt) {
            RetryPolicy policy = settings.retry();
            List<String> retries = new ArrayList<>();
            int attempts = 0;
            ModelResult last = null;
            long firstStart = 0;
            long lastEnd = 0;
            long waited = 0;
            while (true) {
                if (!awaitTurn(ep, estimatedTokens)) {
                    if (last == null) {
                        throw new CancelledException();
                    }
                    waited += clock.nanoTime() - lastEnd;
                    return new CallOutcome(last, attempts, List.copyOf(retries), waited, lastEnd - firstStart);
                }
                long start = clock.nanoTime();
                if (attempts == 0) {
                    firstStart = start;
                } else {
                    waited += start - lastEnd;
                }
                attempts++;
                ModelResult result = attemptOnce(attempt, attempts);
                lastEnd = clock.nanoTime();
                last = result;
                ep.settle(estimatedTokens, result);
                if (result.failure() == FailureKind.RATE_LIMITED && result.retryAfter() != null) {
                    ep.coolDown(clock.nanoTime() + result.retryAfter().toNanos());
                }
                if (cancelled || !policy.shouldRetry(result, attempts)) {
                    return new CallOutcome(result, attempts, List.copyOf(retries), waited, lastEnd - firstStart);
                }
                Duration delay = policy.delay(result, attempts, random);
                String why = "attempt " + attempts + " failed (" + result.failure() + ": " + result.error()
                        + "); retrying in " + delay.toMillis() + " ms";
                retries.add(why);
                LOG.log(System.Logger.Level.DEBUG, () -> ep.name + ": " + why);
                retryListener.onRetry(ep.name, attempts, result, delay);
                if (!sleep(delay.toNanos())) {
                    waited += clock.nanoTime() - lastEnd;
                    return new CallOutcome(result, attempts, List.copyOf(retries), waited, lastEnd - firstStart);
                }
            }
        }
    }

    /** Waits until an attempt may start; false when cancelled meanwhile. */
    private boolean awaitTurn(Deployment ep, long estimatedTokens) {
        if (!awaitNotPaused()) {
            return false;
        }
        long coolDown = ep.blockedUntil() - clock.nanoTime();
        if (coolDown > 0 && !sleep(coolDown)) {
            return false;
        }
        long wait = 0;
        if (ep.requests != null) {
            wait = Math.max(wait, ep.requests.reserve(1));
        }
        if (ep.tokens != null) {
            wait = Math.max(wait, ep.tokens.reserve(Math.max(1, estimatedTokens)));
        }
        return sleep(wait) && !cancelled;
    }

    private boolean awaitNotPaused() {
        if (paused) {
            synchronized (pauseLock) {
                while (paused && !cancelled) {
                    try {
                        pauseLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
        return !cancelled;
    }

    private boolean sleep(long nanos) {
        if (nanos <= 0) {
            return !cancelled;
        }
        try {
            clock.sleep(nanos, cancelLatch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !cancelled;
    }

    private ModelResult attemptOnce(Attempt attempt, int number) {
        CancelToken token = new CancelToken();
        inFlight.add(token);
        if (cancelled) {
            token.cancel();
        }
        Duration timeout = settings.timeout();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer = timeout == null ? null : watchdog.schedule(() -> {
            timedOut.set(true);
            token.cancel();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        ModelResult result;
        try {
            result = attempt.run(number, token, timeout);
            if (result == null) {
                result = ModelResult.failed(FailureKind.BAD_RESPONSE, "the client returned no result", "", List.of(),
                        0, 0, 0, null);
            }
        } catch (RuntimeException e) {
            result = ModelResult.failed(FailureKind.BAD_RESPONSE, "the client failed: " + e.getMessage(), "",
                    List.of(), 0, 0, 0, null);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            inFlight.remove(token);
        }
        if (timedOut.get() && !result.isOk()) {
            result = new ModelResult(result.text(), result.reasoning(), result.chunks(), result.sentAtNanos(),
                    result.e2eMs(), result.inputTokens(), result.outputTokens(), FailureKind.TIMEOUT,
                    FailureMessages.timedOut(timeout, !result.chunks().isEmpty(), FailureMessages.Target.UNKNOWN, null),
                    0, null);
        }
        return result;
    }

    /** Rate limits and the cool-down of one model deployment (the lanes' concurrency is the dispatcher's). */
    private final class Deployment {
        final String name;
        final TokenBucket requests;
        final TokenBucket tokens;
        final Context context;
        private long blockedUntil;

        Deployment(String name, EndpointLimits limits) {
            this.name = name;
            this.requests = limits.requestsPerMinute() > 0 ? new TokenBucket(limits.requestsPerMinute(), clock) : null;
            this.tokens = limits.tokensPerMinute() > 0 ? new TokenBucket(limits.tokensPerMinute(), clock) : null;
            this.context = new Context(this);
            this.blockedUntil = clock.nanoTime();
        }

        synchronized long blockedUntil() {
            return blockedUntil;
        }

        synchronized void coolDown(long untilNanos) {
            if (untilNanos - blockedUntil > 0) {
                blockedUntil = untilNanos;
            }
        }

        void settle(long estimatedTokens, ModelResult result) {
            if (tokens != null && (result.inputTokens() != null || result.outputTokens() != null)) {
                long actual = (result.inputTokens() == null ? 0 : result.inputTokens())
                        + (result.outputTokens() == null ? 0 : result.outputTokens());
                tokens.adjust(actual - Math.max(1, estimatedTokens));
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
