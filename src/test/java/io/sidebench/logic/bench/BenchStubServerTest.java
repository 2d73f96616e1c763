package io.sidebench.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.lc4j.OpenAiCompatibleClient;
import io.sidebench.logic.providers.lc4j.StreamingCallRunner;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Chunk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark stub, spoken to by Sidebench's real OpenAI-compatible client and by plain HTTP. */
class BenchStubServerTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<BenchStubServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(BenchStubServer::close);
        timer.shutdownNow();
    }

    private BenchStubServer start(StubTiming timing) throws Exception {
        BenchStubServer server = BenchStubServer.start(timing, 0, 16, List.of("bench-1", "bench-2"));
        servers.add(server);
        return server;
    }

    private OpenAiCompatibleClient client(BenchStubServer server, String model) {
        return new OpenAiCompatibleClient(server.baseUrl(), model, null, null,
                new StreamingCallRunner(server.baseUrl(), timer, Duration.ofSeconds(30), new SecretScrubber(List.of()),
                        Clock.systemUTC()));
    }

    private static ChatRequest ask(String text) {
        return new ChatRequest(List.of(ChatMessage.user(text)), null, null, null);
    }

    @Test
    void streamsOneChunkPerTokenAtTheScriptedTimesThroughTheRealClient() throws Exception {
        StubTiming timing = new StubTiming(40, 500, 12);
        BenchStubServer server = start(timing);

        ModelResult result = client(server, "bench-1").complete(ask("hello"), StreamListener.NONE, CancelToken.none());

        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("tok" + " tok".repeat(11));
        assertThat(result.chunks()).hasSize(12);
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(40.0);
        assertThat(result.chunks()).extracting(Chunk::atMs).isSorted();
        // token i is never written before its deadline, counted from the request's arrival
        assertThat(result.chunks().get(11).atMs()).isGreaterThanOrEqualTo(timing.answerMs());
        assertThat(result.e2eMs()).isGreaterThanOrEqualTo(timing.answerMs());
        assertThat(result.outputTokens()).isEqualTo(12);
        assertThat(result.inputTokens()).isEqualTo(16);

        assertThat(server.awaitFinished(1, Duration.ofSeconds(30))).isTrue();
        BenchStubStats stats = server.stats();
        assertThat(stats.served()).isEqualTo(1);
        assertThat(stats.streamed()).isEqualTo(1);
        assertThat(stats.plain()).isZero();
        assertThat(stats.inFlight()).isZero();
        assertThat(stats.maxInFlight()).isEqualTo(1);
        assertThat(stats.lastLateMs()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void answersWithoutStreamingInOneJsonDocumentAfterTheSameTime() throws Exception {
        StubTiming timing = new StubTiming(20, 1000, 5);
        BenchStubServer server = start(timing);
        HttpClient http = HttpClient.newHttpClient();

        long sent = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/chat/completions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"bench-2\",\"messages\":"
                        + "[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        double tookMs = (System.nanoTime() - sent) / 1e6;

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = Json.mapper().readTree(answer.body());
        assertThat(json.at("/choices/0/message/content").asText()).isEqualTo("tok tok tok tok tok");
        assertThat(json.at("/model").asText()).isEqualTo("bench-2");
        assertThat(json.at("/usage/completion_tokens").asInt()).isEqualTo(5);
        assertThat(tookMs).isGreaterThanOrEqualTo(timing.answerMs());
        assertThat(server.awaitFinished(1, Duration.ofSeconds(30))).isTrue();
        assertThat(server.stats().plain()).isEqualTo(1);
        assertThat(server.stats().streamed()).isZero();

        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/models"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Json.mapper().readTree(models.body()).findValuesAsText("id")).containsExactly("bench-1", "bench-2");
    }

    @Test
    void countsRequestsInFlightAndResetsItsCountersOverHttp() throws Exception {
        BenchStubServer server = start(new StubTiming(60_000, 1000, 1));
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<CancelToken> tokens = new ArrayList<>();
        List<CompletableFuture<ModelResult>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                CancelToken token = new CancelToken();
                tokens.add(token);
                OpenAiCompatibleClient client = client(server, "bench-" + (i % 2 + 1));
                calls.add(CompletableFuture.supplyAsync(() -> client.complete(ask("q"), StreamListener.NONE, token),
                        callers));
            }
            assertThat(server.awaitInFlight(6, Duration.ofSeconds(30))).isTrue();
            BenchStubClient remote = new BenchStubClient(server.baseUrl());
            assertThat(remote.stats().inFlight()).isEqualTo(6);
            assertThat(remote.stats().maxInFlight()).isEqualTo(6);
            tokens.forEach(CancelToken::cancel);
            calls.forEach(CompletableFuture::join);
            assertThat(calls).allMatch(c -> !c.join().isOk());

            BenchStubStats before = remote.reset();
            assertThat(before.maxInFlight()).isEqualTo(6);
            assertThat(before.served()).isZero();
            assertThat(before.timing()).isEqualTo(server.timing());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void scriptedTokensPerSecondFollowsTheMetricsDefinition() {
        StubTiming timing = new StubTiming(50, 200, 100);
        assertThat(timing.answerMs()).isEqualTo(545.0);
        assertThat(timing.scriptedTokensPerSecondE2e()).isCloseTo(100 / 0.545, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(timing.scriptedTpotMs()).isEqualTo(5.0);
    }
}
