package io.sidebench.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.run.CacheMode;
import io.sidebench.logic.run.EndpointLimits;
import io.sidebench.logic.run.RetryPolicy;
import io.sidebench.logic.run.RunClock;
import io.sidebench.logic.run.RunEngine;
import io.sidebench.logic.run.RunHandle;
import io.sidebench.logic.run.RunOptions;
import io.sidebench.logic.run.RunProgressListener;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import io.sidebench.testsupport.TestProjects;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000-cell run (200 prompts x 5 models) against the loopback stub with every fault at once: 429 with and
 * without Retry-After, 500, 503, connection resets mid-stream, malformed chunks, a server that accepts and
 * never answers, and a port nobody listens on. Every cell ends as a completion or a recorded error (one row
 * each), retries are bounded (counted per cell from the stub's request log and by the engine's progress), and
 * the run ends in bounded time thanks to short timeouts and backoffs given through the engine's options. The
 * progress listener keeps being called throughout (what keeps the UI and the CLI's progress line alive).
 */
class ProviderFaultsAtScaleTest {
    private static final int PROMPTS = 200;
    private static final int MAX_ATTEMPTS = 3;

    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thousandCellsUnderEveryFaultEndAsCompletionOrRecordedError() throws Exception {
        Map<String, AtomicInteger> attemptsSeen = new ConcurrentHashMap<>();
        StubScript ok = StubScript.ok().ttft(5).rate(2000).tokens(6);
        server.responder(r -> {
            if (r.model().equals("hangs")) {
                return StubScript.hang();
            }
            int i = Integer.parseInt(r.lastUserText().replace("question ", ""));
            int n = attemptsSeen.computeIfAbsent(r.model() + "/" + i, k -> new AtomicInteger()).incrementAndGet();
            return switch (i % 10) {
                case 0 -> n == 1 ? StubScript.rateLimited("1") : ok;
                case 1 -> n <= 2 ? StubScript.rateLimited(null) : ok;
                case 2 -> StubScript.serverError();
                case 3 -> n == 1 ? StubScript.unavailable(null) : ok;
                case 4 -> n == 1 ? ok.resetAfter(2) : ok;
                case 5 -> ok.malformedAfter(1);
                case 6 -> n == 1 ? StubScript.hang() : ok;
                default -> ok;
            };
        });
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Path file = dir.resolve("faults.sidebench");
        Run run;
        DefaultModelClientFactory clients = new DefaultModelClientFactory(
                new ApiKeyResolver(name -> null, new CredentialsStore(dir.resolve("credentials.properties"))),
                Duration.ofSeconds(5), null, null);
        try (ProjectStore store = ProjectStore.create(file, "faults")) {
            var set = TestProjects.promptSet(store, "qa", PROMPTS);
            List<Long> ids = List.of(
                    TestProjects.openAi(store, "a", server.openAiBaseUrl(), "a").id(),
                    TestProjects.openAi(store, "b", server.openAiBaseUrl(), "b").id(),
                    TestProjects.openAi(store, "c", server.openAiBaseUrl(), "c").id(),
                    TestProjects.openAi(store, "hangs", server.openAiBaseUrl(), "hangs").id(),
                    TestProjects.openAi(store, "absent", "http://127.0.0.1:" + closedPort + "/v1", "absent").id());
            RunEngine engine = new RunEngine(store, clients, MetricsCalculator.withCl100k(), RunClock.SYSTEM);
            run = engine.createRun("faults", set.id(), ids, 1, 99);
            RetryPolicy retry = new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(5), Duration.ofMillis(40),
                    Duration.ofSeconds(2));
            // the silent server only holds sockets: let all its cells wait at once so its timeouts overlap
            String hangsEndpoint = "openai-compatible " + server.openAiBaseUrl() + " hangs";
            SchedulerSettings settings = new SchedulerSettings(new EndpointLimits(32, 0, 0),
                    Map.of(hangsEndpoint, new EndpointLimits(PROMPTS, 0, 0)), retry, Duration.ofSeconds(2));
            AtomicInteger progressCalls = new AtomicInteger();
            long started = System.nanoTime();
            RunHandle handle = engine.start(run.id(), new RunOptions(settings, CacheMode.OFF), new RunProgressListener() {
                @Override
                public void onProgress(io.sidebench.logic.run.RunProgress progress, Completion completion) {
                    progressCalls.incrementAndGet();
                }
            });
            RunResult result = handle.result().get(180, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;

            List<Completion> all = store.completions().forRun(run.id(), false);
            assertThat(all).hasSize(1000);
            assertThat(result.executed()).isEqualTo(1000);
            assertThat(result.ok() + result.errors()).isEqualTo(1000);
            assertThat(progressCalls.get()).isEqualTo(1000);
            assertThat(store.integrityCheck()).isEqualTo("ok");

            Map<Long, String> names = store.models().list().stream()
                    .collect(Collectors.toMap(ModelConfig::id, ModelConfig::name));
            Map<Long, Integer> question = new HashMap<>();
            for (Prompt p : store.promptSets().prompts(set.id())) {
                question.put(p.id(), Integer.parseInt(p.firstUserText().replace("question ", "")));
            }
            Map<String, Integer> requests = new HashMap<>();
            for (RecordedRequest r : server.chatRequests()) {
                requests.merge(r.model() + "/" + r.lastUserText().replace("question ", ""), 1, Integer::sum);
            }
            Map<String, Integer> outcomes = new java.util.TreeMap<>();
            int retries = 0;
            int recoverable = 0;
            int recovered = 0;
            for (Completion c : all) {
                String model = names.get(c.cell().modelId());
                int i = question.get(c.cell().promptId());
                String key = model + "/" + i;
                assertThat(c.attempts()).as(key).isBetween(1, MAX_ATTEMPTS);
                assertThat(requests.getOrDefault(key, 0)).as(key).isLessThanOrEqualTo(c.attempts());
                retries += c.attempts() - 1;
                String kind = c.isOk() ? "OK" : c.error().replaceAll("[0-9.:]+|\\[.*\\]", "").strip();
                outcomes.merge(model + " " + kind, 1, Integer::sum);
                if (c.status() == CompletionStatus.ERROR) {
                    assertThat(c.error()).as(key).isNotBlank().contains("attempt");
                }
                switch (model) {
                    case "absent" -> assertThat(c.error()).startsWith("nothing is listening at 127.0.0.1:");
                    case "hangs" -> assertThat(c.error()).startsWith("no answer from ").contains(" within 2 s");
                    default -> {
                        switch (i % 10) {
                            // a crowded machine may turn a last attempt into a timeout; still a recorded error
                            case 2 -> assertThat(c.error()).as(key).matches("(the server failed \\(HTTP 5|no answer from|the answer from [0-9.:]+ was not complete).*");
                            case 5 -> assertThat(c.error()).as(key).matches("(the answer from [0-9.:]+ (could not be read|was not complete)|no answer from).*");
                            default -> {
                                // recoverable faults: answered, or (rarely, on a crowded machine) retries exhausted
                                recoverable++;
                                if (c.isOk()) {
                                    recovered++;
                                } else {
                                    assertThat(c.attempts()).as(key + " " + c.error()).isEqualTo(MAX_ATTEMPTS);
                                }
                            }
                        }
                    }
                }
            }
            assertThat(recovered).as("recoverable cells answered").isGreaterThanOrEqualTo(recoverable * 95 / 100);
            assertThat(retries).as("retries counted by the engine").isEqualTo(handle.progress().retries());
            assertThat(retries).isLessThanOrEqualTo(1000 * (MAX_ATTEMPTS - 1));
            System.out.printf("faults at scale: 1000 cells in %.1f s, %d ok, %d errors, %d retries, %d requests; %s%n",
                    seconds, result.ok(), result.errors(), retries, server.chatRequests().size(), outcomes);
        } finally {
            clients.close();
        }
    }
}
