package io.sidebench.logic.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.model.Chunk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunSchedulerTest {
    private final FakeClock clock = new FakeClock();
    private RunScheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private RunScheduler scheduler(SchedulerSettings settings) {
        scheduler = new RunScheduler(settings, clock, new Random(42));
        return scheduler;
    }

    static ModelResult ok(String text) {
        return new ModelResult(text, null, List.of(new Chunk(1, text, false)), 0, 2, 1, 1, null, null, 0, null);
    }

    static ModelResult fail(FailureKind kind, int status, Duration retryAfter) {
        return ModelResult.failed(kind, kind + " " + status, "", List.of(), 0, 1, status, retryAfter);
    }

    private RunScheduler.CallOutcome callOnce(RunScheduler s, RunScheduler.Attempt attempt) throws Exception {
        return s.submit("ep", ctx -> ctx.call(10, attempt)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void retriesServerErrorsWithExponentialBackoffAndJitter() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        AtomicInteger calls = new AtomicInteger();
        var outcome = callOnce(s, (n, cancel, timeout) ->
                calls.incrementAndGet() < 3 ? fail(FailureKind.SERVER_ERROR, 500, null) : ok("fine"));

        assertThat(outcome.result().isOk()).isTrue();
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.retries()).hasSize(2);
        List<Long> waits = clock.sleepsMillis();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(250L, 500L);   // 500 ms * [0.5, 1)
        assertThat(waits.get(1)).isBetween(500L, 1000L);  // 1 s * [0.5, 1)
    }

    @Test
    void honoursRetryAfterAndCoolsTheEndpointDown() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        AtomicInteger calls = new AtomicInteger();
        var outcome = callOnce(s, (n, cancel, timeout) -> calls.incrementAndGet() == 1
                ? fail(FailureKind.RATE_LIMITED, 429, Duration.ofSeconds(7)) : ok("fine"));

        assertThat(outcome.result().isOk()).isTrue();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(clock.sleepsMillis()).hasSize(1);
        assertThat(clock.sleepsMillis().get(0)).isBetween(7000L, 7700L);
    }

    @Test
    void aRateLimitedEndpointMakesOtherRequestsWaitTooUntilRetryAfter() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null).withRetry(
                new RetryPolicy(1, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2))));
        callOnce(s, (n, cancel, timeout) -> fail(FailureKind.RATE_LIMITED, 429, Duration.ofSeconds(5)));
        assertThat(clock.sleeps).isEmpty(); // one attempt only: no retry

        callOnce(s, (n, cancel, timeout) -> ok("next"));
        assertThat(clock.sleepsMillis()).containsExactly(5000L);
    }

    @Test
    void attemptsAreBounded() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        AtomicInteger calls = new AtomicInteger();
        var outcome = callOnce(s, (n, cancel, timeout) -> {
            calls.incrementAndGet();
            return fail(FailureKind.CONNECTION, 0, null);
        });

        assertThat(calls).hasValue(RetryPolicy.DEFAULT.maxAttempts());
        assertThat(outcome.attempts()).isEqualTo(4);
        assertThat(outcome.result().failure()).isEqualTo(FailureKind.CONNECTION);
        assertThat(clock.sleeps).hasSize(3);
    }

    @Test
    void nonRetryableFailuresAreNotRetried() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        var outcome = callOnce(s, (n, cancel, timeout) -> fail(FailureKind.BAD_RESPONSE, 200, null));
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aThrowingClientBecomesABadResponse() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        var outcome = callOnce(s, (n, cancel, timeout) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(outcome.result().failure()).isEqualTo(FailureKind.BAD_RESPONSE);
        assertThat(outcome.result().error()).contains("boom");
    }

    @Test
    void requestsPerMinuteAreLimitedByATokenBucket() throws Exception {
        RunScheduler s = scheduler(new SchedulerSettings(new EndpointLimits(1, 2, 0), Map.of(), null, null));
        s.submit("ep", ctx -> {
            for (int i = 0; i < 4; i++) {
                ctx.call(1, (n, cancel, timeout) -> ok("x"));
            }
            return null;
        }).get(10, TimeUnit.SECONDS);
        // a bucket of 2 refilled at 2 per minute: two pass at once, then one every 30 s
        assertThat(clock.sleepsMillis()).containsExactly(30_000L, 30_000L);
    }

    @Test
    void tokensPerMinuteAreLimitedAndCorrectedByActualUsage() throws Exception {
        RunScheduler s = scheduler(new SchedulerSettings(new EndpointLimits(1, 0, 1000), Map.of(), null, null));
        List<Long> before = new ArrayList<>();
        s.submit("ep", ctx -> {
            // estimated 600, used 600 (2 reported): the second request waits for 200 tokens = 12 s
            ctx.call(600, (n, cancel, timeout) -> new ModelResult("x", null, List.of(), 0, 1, 300, 300, null,
                    null, 0, null));
            before.add((long) clock.sleeps.size());
            ctx.call(600, (n, cancel, timeout) -> ok("y"));
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(before).containsExactly(0L);
        assertThat(clock.sleepsMillis()).containsExactly(12_000L);
    }

    @Test
    void concurrencyPerEndpointIsBounded() throws Exception {
        RunScheduler s = scheduler(new SchedulerSettings(EndpointLimits.concurrency(3),
                Map.of("other", EndpointLimits.concurrency(2)), null, null));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        CountDownLatch threeStarted = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<RunScheduler.CallOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.add(s.submit("ep", ctx -> ctx.call(1, (n, cancel, timeout) -> {
                max.accumulateAndGet(running.incrementAndGet(), Math::max);
                threeStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return ok("x");
            })));
        }
        // another endpoint is not held up by the busy one
        assertThat(s.submit("other", ctx -> ctx.call(1, (n, c, t) -> ok("o"))).get(10, TimeUnit.SECONDS)
                .result().text()).isEqualTo("o");
        assertThat(threeStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(running.get()).isEqualTo(3);
        release.countDown();
        for (var f : futures) {
            assertThat(f.get(10, TimeUnit.SECONDS).result().isOk()).isTrue();
        }
        assertThat(max).hasValue(3);
    }

    @Test
    void aHangingRequestTimesOutKeepingItsPartialText() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, Duration.ofMillis(100)).withRetry(
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1))));
        AtomicInteger calls = new AtomicInteger();
        var outcome = callOnce(s, (n, cancel, timeout) -> {
            calls.incrementAndGet();
            assertThat(timeout).isEqualTo(Duration.ofMillis(100));
            CountDownLatch gone = new CountDownLatch(1);
            cancel.whenCancelled(gone::countDown);
            try {
                gone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ModelResult.failed(FailureKind.CANCELLED, "cancelled", "par", List.of(new Chunk(5, "par", false)),
                    0, 100, 0, null);
        });
        assertThat(calls).hasValue(2); // a timeout is retryable
        assertThat(outcome.result().failure()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(outcome.result().text()).isEqualTo("par");
        assertThat(outcome.result().error()).contains("100 ms");
    }

    @Test
    void cancelAbortsRequestsInFlightAndDropsQueuedTasks() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        CountDownLatch started = new CountDownLatch(1);
        var first = s.submit("ep", ctx -> ctx.call(1, (n, cancel, timeout) -> {
            started.countDown();
            CountDownLatch gone = new CountDownLatch(1);
            cancel.whenCancelled(gone::countDown);
            try {
                gone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ModelResult.failed(FailureKind.CANCELLED, "cancelled", "half", List.of(), 0, 1, 0, null);
        }));
        AtomicInteger secondCalls = new AtomicInteger();
        var second = s.submit("ep", ctx -> ctx.call(1, (n, c, t) -> {
            secondCalls.incrementAndGet();
            return ok("never");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        s.cancel();

        var outcome = first.get(10, TimeUnit.SECONDS);
        assertThat(outcome.result().failure()).isEqualTo(FailureKind.CANCELLED);
        assertThat(outcome.result().text()).isEqualTo("half");
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RunScheduler.CancelledException.class);
        assertThat(secondCalls).hasValue(0);
    }

    @Test
    void pauseHoldsBackNewAttemptsUntilResume() throws Exception {
        RunScheduler s = scheduler(SchedulerSettings.of(1, null));
        s.pause();
        assertThat(s.isPaused()).isTrue();
        CountDownLatch atGate = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        var future = s.submit("ep", ctx -> {
            atGate.countDown();
            return ctx.call(1, (n, c, t) -> {
                calls.incrementAndGet();
                return ok("after resume");
            });
        });
        assertThat(atGate.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(future).isNotDone();
        assertThat(calls).hasValue(0);
        s.resume();
        assertThat(future.get(10, TimeUnit.SECONDS).result().text()).isEqualTo("after resume");
    }
}
