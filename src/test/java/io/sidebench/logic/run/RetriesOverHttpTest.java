package io.sidebench.logic.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 6 / issue 15 item 6: a loopback server that answers HTTP 500 to every third request. Every retry is
 * counted exactly as the server saw it (live progress, stored completions, the per-model summary), the time waited
 * between attempts and the cell's wall time are stored, and TTFT and tokens/s describe the attempt that answered.
 */
class RetriesOverHttpTest {
    private static final long TTFT_MS = 20;
    private static final Duration BASE_DELAY = Duration.ofMillis(150);

    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void everyRetryIsCountedAsTheServerSawItAndSpeedComesFromTheAttemptThatAnswered() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        Map<String, AtomicInteger> errorsSent = new ConcurrentHashMap<>();
        server.defaultScript(StubScript.ok().ttft(TTFT_MS).tokens(8));
        server.responder(r -> {
            if (requests.incrementAndGet() % 3 != 0) {
                return null;
            }
            errorsSent.computeIfAbsent(r.model(), m -> new AtomicInteger()).incrementAndGet();
            return StubScript.serverError();
        });
        try (ProjectStore store = ProjectStore.create(dir.resolve("retries.sidebench"), "Retries")) {
            PromptSet set = TestProjects.promptSet(store, "en", 8);
            ModelConfig fast = TestProjects.openAi(store, "fast", server.openAiBaseUrl(), "fast");
            ModelConfig other = TestProjects.openAi(store, "other", server.openAiBaseUrl(), "other");
            RunEngine engine = new RunEngine(store, DefaultModelClientFactory.standard(), MetricsCalculator.withCl100k(),
                    RunClock.SYSTEM);
            Run run = engine.createRun("retries", set.id(), List.of(fast.id(), other.id()), 1, 3);
            SchedulerSettings settings = new SchedulerSettings(new EndpointLimits(2, 0, 0), Map.of(),
                    new RetryPolicy(4, BASE_DELAY, Duration.ofSeconds(1), Duration.ofSeconds(5)), Duration.ofSeconds(30));
            RunHandle handle = engine.start(run.id(), new RunOptions(settings, CacheMode.OFF), RunProgressListener.NONE);
            RunResult result = handle.await();

            int sent500 = errorsSent.values().stream().mapToInt(AtomicInteger::get).sum();
            assertThat(sent500).as("the server answered 500 to every third request").isEqualTo(server.chatRequests().size() / 3)
                    .isPositive();
            assertThat(result.ok()).isEqualTo(16);
            assertThat(result.errors()).isZero();
            assertThat(result.retries()).isEqualTo(sent500);
            RunProgress progress = handle.progress();
            assertThat(progress.retries()).isEqualTo(sent500);
            assertThat(progress.attempts()).isEqualTo(server.chatRequests().size());

            List<Completion> stored = store.completions().forRun(run.id(), false);
            assertThat(stored.stream().mapToInt(Completion::attempts).sum()).isEqualTo(server.chatRequests().size());
            assertThat(stored.stream().mapToInt(Completion::retries).sum()).isEqualTo(sent500);
            Map<Long, Integer> retriesByModel = stored.stream().collect(Collectors.groupingBy(c -> c.cell().modelId(),
                    Collectors.summingInt(Completion::retries)));
            for (ModelConfig m : List.of(fast, other)) {
                int seen = errorsSent.getOrDefault(m.model(), new AtomicInteger()).get();
                assertThat(retriesByModel.getOrDefault(m.id(), 0)).as(m.name()).isEqualTo(seen);
                assertThat(progress.models()).filteredOn(p -> p.modelId() == m.id())
                        .singleElement().satisfies(p -> assertThat(p.retries()).isEqualTo(seen));
            }
            List<RunSummaries.ModelSummary> summaries = RunSummaries.summarize(run, 8, stored,
                    Map.of(fast.id(), fast, other.id(), other));
            assertThat(summaries.stream().mapToInt(RunSummaries.ModelSummary::retries).sum()).isEqualTo(sent500);
            assertThat(summaries.stream().mapToInt(RunSummaries.ModelSummary::attempts).sum())
                    .isEqualTo(server.chatRequests().size());

            for (Completion c : stored) {
                assertThat(c.attempts()).isEqualTo(c.retries() + 1);
                assertThat(c.wallMs()).isNotNull().isGreaterThanOrEqualTo(c.backoffMs());
                Double ttft = c.metrics().ttftMs();
                assertThat(ttft).isGreaterThanOrEqualTo(TTFT_MS - 1.0);
                if (c.retries() == 0) {
                    assertThat(c.backoffMs()).isZero();
                } else {
                    // equal jitter: at least half the base delay before the retry
                    assertThat(c.backoffMs()).isGreaterThanOrEqualTo(BASE_DELAY.toMillis() / 2 - 1);
                    // measured from the attempt that answered: from the first attempt it would include the failed
                    // attempt and the wait, which together with this attempt's streaming exceed the attempts' time
                    assertThat(c.metrics().e2eMs()).as("e2e of a retried cell").isGreaterThanOrEqualTo(ttft)
                            .isLessThan(c.wallMs() - c.backoffMs() + 1);
                    assertThat(c.metrics().tokensPerSecond()).isNotNull().isPositive();
                }
            }
        }
    }
}
