package io.sidebench.logic.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.ScriptedModelClients;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEngineTest {
    @TempDir
    Path dir;
    private ProjectStore store;
    private final FakeClock clock = new FakeClock();
    private final MetricsCalculator metrics = MetricsCalculator.withCl100k();

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("p.sidebench"), "t");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RunOptions options(int concurrency, CacheMode cache) {
        return new RunOptions(SchedulerSettings.of(concurrency, Duration.ofSeconds(20)), cache);
    }

    private RunResult run(ScriptedModelClients clients, long runId, RunOptions options, RunProgressListener listener)
            throws InterruptedException {
        return new RunEngine(store, clients, metrics, clock).start(runId, options, listener).await();
    }

    private Run newRun(PromptSet set, List<ModelConfig> models, int repeats, long seed) {
        return new RunEngine(store, ScriptedModelClients.echo(), metrics, clock).createRun("r", set.id(),
                models.stream().map(ModelConfig::id).toList(), repeats, seed);
    }

    @Test
    void answersEveryCellOnceCommitsItAndReportsProgress() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 5);
        ModelConfig a = TestProjects.openAi(store, "a", "http://127.0.0.1:1/v1", "m-a");
        ModelConfig b = TestProjects.openAi(store, "b", "http://127.0.0.1:2/v1", "m-b");
        Run run = newRun(set, List.of(a, b), 2, 7);
        ScriptedModelClients clients = ScriptedModelClients.echo();
        List<RunProgress> events = new CopyOnWriteArrayList<>();
        AtomicInteger chunks = new AtomicInteger();

        RunResult result = run(clients, run.id(), options(4, CacheMode.OFF), new RunProgressListener() {
            @Override
            public void onProgress(RunProgress progress, Completion completion) {
                assertThat(store.completions().find(completion.cell())).isPresent(); // committed before told
                events.add(progress);
            }

            @Override
            public void onChunk(CellKey cell, int turn, String text, boolean reasoning) {
                chunks.incrementAndGet();
            }
        });

        assertThat(result.total()).isEqualTo(20);
        assertThat(result.executed()).isEqualTo(20);
        assertThat(result.ok()).isEqualTo(20);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.run().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(clients.requests).hasSize(20);
        assertThat(chunks).hasValue(40);
        for (int i = 0; i < 5; i++) {
            assertThat(clients.requestsFor("a", "question " + i)).isEqualTo(2); // two repeats
            assertThat(clients.requestsFor("b", "question " + i)).isEqualTo(2);
        }
        List<Completion> done = store.completions().forRun(run.id(), true);
        assertThat(done).hasSize(20).allMatch(Completion::isOk);
        Completion one = done.get(0);
        assertThat(one.text()).startsWith(store.models().get(one.cell().modelId()).orElseThrow().name() + ": question");
        assertThat(one.metrics().ttftMs()).isEqualTo(10.0);
        assertThat(one.metrics().tpotMs()).isEqualTo(20.0); // (30 - 10) / (2 - 1)
        assertThat(one.chunks()).hasSize(2);
        assertThat(one.attempts()).isEqualTo(1);

        assertThat(events).hasSize(20);
        RunProgress last = events.stream().filter(p -> p.done() == 20).findFirst().orElseThrow();
        assertThat(last.total()).isEqualTo(20);
        assertThat(last.eta()).isEqualTo(Duration.ZERO);
        assertThat(last.models()).extracting(RunProgress.ModelProgress::done).containsExactly(10, 10);
        assertThat(clients.closed).hasValue(2);
    }

    @Test
    void theOrderIsShuffledBySeedAndReproducible() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 20);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        ModelConfig b = TestProjects.openAi(store, "b", "http://x/v1", "b");
        List<Prompt> prompts = store.promptSets().prompts(set.id());
        Run r1 = newRun(set, List.of(a, b), 1, 1);
        Run r2 = newRun(set, List.of(a, b), 1, 2);
        var p1 = RunEngine.plan(r1, prompts, List.of(a, b)).stream().map(c -> c.key().promptId()).toList();
        var p1again = RunEngine.plan(r1, prompts, List.of(a, b)).stream().map(c -> c.key().promptId()).toList();
        var p2 = RunEngine.plan(r2, prompts, List.of(a, b)).stream().map(c -> c.key().promptId()).toList();
        assertThat(p1).isEqualTo(p1again).isNotEqualTo(p2);
        assertThat(p1).isNotEqualTo(p1.stream().sorted().toList());
        assertThat(new HashSet<>(RunEngine.plan(r1, prompts, List.of(a, b)))).hasSize(40);
    }

    @Test
    void failuresAreRecordedWithPartialTextAndOnlyThoseAreRetriedOnResume() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 6);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 1, 3);
        AtomicInteger phase = new AtomicInteger(1);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> {
            String q = ScriptedModelClients.last(r);
            if (phase.get() == 1 && (q.equals("question 2") || q.equals("question 4"))) {
                return ModelResult.failed(FailureKind.BAD_RESPONSE, "malformed chunk", "partial " + q, List.of(),
                        0, 5, 200, null);
            }
            return ScriptedModelClients.answer("ok " + q, l);
        });

        RunResult first = run(clients, run.id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(first.ok()).isEqualTo(4);
        assertThat(first.errors()).isEqualTo(2);
        Completion failed = store.completions().forRun(run.id(), false).stream().filter(c -> !c.isOk()).findFirst()
                .orElseThrow();
        assertThat(failed.text()).startsWith("partial question");
        assertThat(failed.error()).isEqualTo("malformed chunk [1 attempt]");
        assertThat(clients.requests).hasSize(6);

        phase.set(2);
        RunResult second = run(clients, run.id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(second.alreadyDone()).isEqualTo(4);
        assertThat(second.executed()).isEqualTo(2);
        assertThat(second.ok()).isEqualTo(2);
        assertThat(clients.requests).hasSize(8);
        assertThat(clients.requestsFor("a", "question 2")).isEqualTo(2);
        assertThat(clients.requestsFor("a", "question 0")).isEqualTo(1);
        assertThat(store.completions().forRun(run.id(), false)).hasSize(6).allMatch(Completion::isOk);
    }

    @Test
    void oneFailedCellIsRetriedAloneAndTheRunKeepsItsStatus() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 5);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        ModelConfig b = TestProjects.openAi(store, "b", "http://y/v1", "b");
        Run run = newRun(set, List.of(a, b), 1, 3);
        AtomicInteger phase = new AtomicInteger(1);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> {
            String q = ScriptedModelClients.last(r);
            if (phase.get() == 1 && m.name().equals("a") && (q.equals("question 1") || q.equals("question 3"))) {
                return ModelResult.failed(FailureKind.BAD_RESPONSE, "malformed chunk", "", List.of(), 0, 5, 200, null);
            }
            return ScriptedModelClients.answer("ok " + q, l);
        });
        run(clients, run.id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(store.runs().get(run.id()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
        List<Completion> failed = store.completions().forRun(run.id(), false).stream().filter(c -> !c.isOk()).toList();
        assertThat(failed).hasSize(2);
        int createdBefore = clients.created.get();

        phase.set(2);
        CellKey retried = failed.get(0).cell();
        RunResult again = run(clients, run.id(), options(2, CacheMode.OFF).onlyCells(java.util.Set.of(retried)),
                RunProgressListener.NONE);
        assertThat(again.executed()).isEqualTo(1);
        assertThat(again.ok()).isEqualTo(1);
        assertThat(clients.requests).hasSize(11);
        assertThat(clients.created.get() - createdBefore).as("only the retried cell's model gets a client").isEqualTo(1);
        assertThat(store.completions().find(retried).orElseThrow().isOk()).isTrue();
        assertThat(store.completions().find(failed.get(1).cell()).orElseThrow().isOk())
                .as("the other failed cell is left as it was").isFalse();
        assertThat(store.runs().get(run.id()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void retryableFailuresAreRetriedAndTheAttemptsStored() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 3);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 1, 3);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> call == 1
                ? ModelResult.failed(FailureKind.RATE_LIMITED, "HTTP 429", "", List.of(), 0, 1, 429, Duration.ofSeconds(2))
                : ScriptedModelClients.answer("ok", l));
        List<RunProgress> events = new CopyOnWriteArrayList<>();

        RunResult result = run(clients, run.id(), options(1, CacheMode.OFF), new RunProgressListener() {
            @Override
            public void onProgress(RunProgress progress, Completion completion) {
                events.add(progress);
            }
        });

        assertThat(result.ok()).isEqualTo(3);
        assertThat(store.completions().forRun(run.id(), false)).allMatch(c -> c.attempts() == 2);
        assertThat(clock.sleepsMillis()).allMatch(ms -> ms >= 2000);
        assertThat(events.get(events.size() - 1).retries()).isEqualTo(3);
        RunProgress.ModelProgress mine = events.get(events.size() - 1).models().get(0);
        assertThat(mine.attempts()).isEqualTo(6);
        assertThat(mine.retries()).isEqualTo(3);
        assertThat(result.retries()).isEqualTo(3);
        // issue 15 item 6: the wait is stored beside the figures, which describe the attempt that answered
        long slept = clock.sleeps.stream().mapToLong(Long::longValue).sum() / 1_000_000L;
        List<Completion> stored = store.completions().forRun(run.id(), false);
        assertThat(stored.stream().mapToLong(Completion::backoffMs).sum()).isBetween(slept - 3, slept + 3);
        for (Completion c : stored) {
            assertThat(c.retries()).isEqualTo(1);
            assertThat(c.backoffMs()).isBetween(2000L, 2200L);
            assertThat(c.wallMs()).as("the fake clock moves only while waiting").isCloseTo(c.backoffMs(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(c.metrics().ttftMs()).isEqualTo(10.0);
            assertThat(c.metrics().e2eMs()).isEqualTo(30.0);
        }
    }

    @Test
    void multiTurnPromptsFeedTheModelItsOwnAnswers() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", List.of(TestProjects.multiTurn("m", "first", "second",
                "third")));
        ModelConfig a = TestProjects.model(store, "a", ProviderKind.OPENAI_COMPATIBLE, "http://x/v1", "a",
                ModelParams.DEFAULTS.withSystemPrompt("Be brief."));
        Run run = newRun(set, List.of(a), 1, 3);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) ->
                ScriptedModelClients.answer("re " + ScriptedModelClients.last(r), l));

        run(clients, run.id(), options(1, CacheMode.OFF), RunProgressListener.NONE);

        assertThat(clients.requests).hasSize(3);
        assertThat(clients.requests.get(2).messages()).containsExactly(ChatMessage.system("Be brief."),
                ChatMessage.user("first"), ChatMessage.assistant("re first"), ChatMessage.user("second"),
                ChatMessage.assistant("re second"), ChatMessage.user("third"));
        Completion c = store.completions().forRun(run.id(), false).get(0);
        assertThat(c.turnAnswers()).containsExactly("re first", "re second", "re third");
        assertThat(c.text()).isEqualTo("re third");
        assertThat(c.attempts()).isEqualTo(3);
    }

    @Test
    void aFailedLaterTurnKeepsTheEarlierAnswers() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", List.of(TestProjects.multiTurn("m", "first", "second")));
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 1, 3);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) ->
                ScriptedModelClients.last(r).equals("second")
                        ? ModelResult.failed(FailureKind.CLIENT_ERROR, "HTTP 400 context too long", "", List.of(), 0, 1, 400, null)
                        : ScriptedModelClients.answer("re first", l));

        run(clients, run.id(), options(1, CacheMode.OFF), RunProgressListener.NONE);

        Completion c = store.completions().forRun(run.id(), false).get(0);
        assertThat(c.isOk()).isFalse();
        assertThat(c.turnAnswers()).containsExactly("re first");
        assertThat(c.error()).isEqualTo("turn 2 of 2: HTTP 400 context too long [1 attempt]");
    }

    @Test
    void deterministicAnswersComeFromTheCacheUnlessSwitchedOff() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 4);
        ModelConfig zero = TestProjects.model(store, "zero", ProviderKind.OPENAI_COMPATIBLE, "http://x/v1", "z",
                ModelParams.DEFAULTS.withTemperature(0.0));
        ModelConfig warm = TestProjects.model(store, "warm", ProviderKind.OPENAI_COMPATIBLE, "http://x/v1", "w",
                ModelParams.DEFAULTS.withTemperature(0.7));
        ScriptedModelClients clients = ScriptedModelClients.echo();

        run(clients, newRun(set, List.of(zero, warm), 1, 1).id(), options(2, CacheMode.AUTO), RunProgressListener.NONE);
        assertThat(clients.requests).hasSize(8);

        Run again = newRun(set, List.of(zero, warm), 1, 2);
        RunResult second = run(clients, again.id(), options(2, CacheMode.AUTO), RunProgressListener.NONE);
        assertThat(clients.requests).hasSize(12); // only the warm model was asked again
        assertThat(second.cached()).isEqualTo(4);
        List<Completion> cached = store.completions().forRun(again.id(), true).stream().filter(Completion::cached).toList();
        assertThat(cached).hasSize(4).allMatch(c -> c.cell().modelId() == zero.id() && c.attempts() == 0
                && c.metrics().ttftMs() == 10.0 && c.text().startsWith("zero: question"));

        run(clients, newRun(set, List.of(zero), 1, 3).id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(clients.requests).hasSize(16);
    }

    @Test
    void cancelRecordsRequestsInFlightAndLeavesTheRestForResume() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 10);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 1, 5);
        CountDownLatch threeDone = new CountDownLatch(3);
        CountDownLatch fourthWaiting = new CountDownLatch(1);
        AtomicInteger phase = new AtomicInteger(1);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> {
            if (phase.get() == 1 && threeDone.getCount() == 0) {
                CountDownLatch gone = new CountDownLatch(1);
                c.whenCancelled(gone::countDown);
                fourthWaiting.countDown();
                try {
                    gone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ModelResult.failed(FailureKind.CANCELLED, "cancelled", "half", List.of(), 0, 1, 0, null);
            }
            return ScriptedModelClients.answer("ok", l);
        });
        RunEngine engine = new RunEngine(store, clients, metrics, clock);
        RunHandle handle = engine.start(run.id(), options(1, CacheMode.OFF), new RunProgressListener() {
            @Override
            public void onProgress(RunProgress progress, Completion completion) {
                threeDone.countDown();
            }
        });
        assertThat(fourthWaiting.await(10, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        RunResult result = handle.await();

        assertThat(result.cancelled()).isTrue();
        assertThat(result.run().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.ok()).isEqualTo(3);
        // the cell stopped in flight by the cancel is not an error of the model's (defect 11)
        assertThat(result.errors()).isZero();
        assertThat(result.interrupted()).isEqualTo(1);
        assertThat(result.executed()).isEqualTo(3);
        assertThat(result.notStarted()).isEqualTo(6);
        RunProgress end = handle.progress();
        assertThat(end.errors()).isZero();
        assertThat(end.cancelled()).isEqualTo(1);
        assertThat(end.done()).isEqualTo(3);
        assertThat(end.eta()).as("nothing is estimated once the run has ended").isNull();
        assertThat(clients.requests).hasSize(4);
        Completion inFlight = store.completions().forRun(run.id(), false).stream().filter(c -> !c.isOk()).findFirst()
                .orElseThrow();
        assertThat(inFlight.text()).isEqualTo("half");

        phase.set(2);
        RunResult resumed = run(clients, run.id(), options(1, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(resumed.alreadyDone()).isEqualTo(3);
        assertThat(resumed.executed()).isEqualTo(7);
        assertThat(resumed.run().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(clients.requests).hasSize(11); // 10 cells + the one cancelled in flight
        Set<String> asked = new HashSet<>();
        List<String> twice = new ArrayList<>();
        clients.requests.forEach(r -> {
            if (!asked.add(r.lastUser())) {
                twice.add(r.lastUser());
            }
        });
        assertThat(twice).containsExactly(
                store.promptSets().prompt(inFlight.cell().promptId()).orElseThrow().firstUserText());
    }

    @Test
    void aClientThatCannotBeCreatedStopsTheRunBeforeAnyRequest() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 2);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        ModelConfig b = TestProjects.openAi(store, "b", "http://x/v1", "b");
        Run run = newRun(set, List.of(a, b), 1, 5);
        ScriptedModelClients echo = ScriptedModelClients.echo();
        io.sidebench.logic.providers.ModelClientFactory factory = config -> {
            if (config.name().equals("b")) {
                throw new IllegalArgumentException("b: environment variable KEY_B is not set");
            }
            return echo.create(config);
        };
        RunEngine engine = new RunEngine(store, factory, metrics, clock);

        assertThatThrownBy(() -> engine.start(run.id(), options(1, CacheMode.OFF), RunProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEY_B");
        assertThat(echo.requests).isEmpty();
        assertThat(echo.closed).hasValue(1);
        assertThat(store.runs().get(run.id()).orElseThrow().status()).isEqualTo(RunStatus.PENDING);
    }

    @Test
    void resumingAFinishedRunRequestsNothing() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 3);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 2, 5);
        ScriptedModelClients clients = ScriptedModelClients.echo();
        run(clients, run.id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(clients.requests).hasSize(6);

        RunResult again = run(clients, run.id(), options(2, CacheMode.OFF), RunProgressListener.NONE);
        assertThat(again.alreadyDone()).isEqualTo(6);
        assertThat(again.executed()).isZero();
        assertThat(again.run().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(clients.requests).hasSize(6);
    }

    @Test
    void pauseHoldsTheRunAndResumeFinishesIt() throws Exception {
        PromptSet set = TestProjects.promptSet(store, "s", 6);
        ModelConfig a = TestProjects.openAi(store, "a", "http://x/v1", "a");
        Run run = newRun(set, List.of(a), 1, 5);
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> {
            firstIn.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedModelClients.answer("ok", l);
        });
        CountDownLatch committed = new CountDownLatch(1);
        RunHandle handle = new RunEngine(store, clients, metrics, clock).start(run.id(), options(1, CacheMode.OFF),
                new RunProgressListener() {
                    @Override
                    public void onProgress(RunProgress progress, Completion completion) {
                        committed.countDown();
                    }
                });
        assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();
        handle.pause();
        assertThat(handle.isPaused()).isTrue();
        release.countDown();
        // the request in flight finishes and is committed; nothing new starts while paused
        assertThat(committed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.completions().countForRun(run.id())).isEqualTo(1);
        assertThat(handle.result()).isNotDone();
        assertThat(clients.requests).hasSize(1);
        handle.resume();
        RunResult result = handle.await();
        assertThat(result.ok()).isEqualTo(6);
        assertThat(clients.requests).hasSize(6);
    }

    @Test
    void cacheKeysIgnoreNameAndSecretsButNotParamsMessagesOrRepeat() {
        ModelConfig a = new ModelConfig(1, "a", ProviderKind.OLLAMA, "http://h", "m", "KEY_A", null,
                ModelParams.DEFAULTS, null);
        ModelConfig b = new ModelConfig(2, "b", ProviderKind.OLLAMA, "http://h", "m", "KEY_B", null,
                ModelParams.DEFAULTS, null);
        List<ChatMessage> msgs = List.of(ChatMessage.user("hi"));
        String key = ResponseCache.key(a, ModelParams.DEFAULTS, msgs, 0);
        assertThat(ResponseCache.key(b, ModelParams.DEFAULTS, msgs, 0)).isEqualTo(key);
        assertThat(ResponseCache.key(a, ModelParams.DEFAULTS.withTemperature(0.0), msgs, 0)).isNotEqualTo(key);
        assertThat(ResponseCache.key(a, ModelParams.DEFAULTS, List.of(ChatMessage.user("ho")), 0)).isNotEqualTo(key);
        assertThat(ResponseCache.key(a, ModelParams.DEFAULTS, msgs, 1)).isNotEqualTo(key);
        assertThat(Map.of("k", key).get("k")).hasSize(64).doesNotContain("KEY_A");
    }
}
