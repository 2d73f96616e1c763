package io.sidebench.logic.providers.lc4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.model.Chunk;
import io.sidebench.model.ModelParams;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleClientTest {
    private final StubLlmServer server = StubLlmServer.start();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        server.close();
        timer.shutdownNow();
    }

    private OpenAiCompatibleClient client(String model, ModelParams params) {
        return new OpenAiCompatibleClient(server.openAiBaseUrl(), model, "sk-test-key-000000", params,
                new StreamingCallRunner(server.openAiBaseUrl(), timer, Duration.ofSeconds(20),
                        new SecretScrubber(List.of("sk-test-key-000000")), Clock.systemUTC()));
    }

    private static ChatRequest ask(String text, Duration timeout) {
        return new ChatRequest(List.of(ChatMessage.user(text)), null, timeout, null);
    }

    @Test
    void streamsReasoningThenAnswerWithChunkTimesAndUsage() {
        server.script("deep", StubScript.ok().ttft(80).rate(400).reasoning(3).answerText("the answer is four"));
        List<String> seen = new CopyOnWriteArrayList<>();
        StreamListener listener = (text, reasoning, atMs) -> seen.add((reasoning ? "R:" : "A:") + text);
        ModelResult result = client("deep", ModelParams.DEFAULTS.withTemperature(0.0).withMaxTokens(50).withSeed(7)
                .withSystemPrompt("be brief")).complete(ask("two plus two?", null), listener, CancelToken.none());

        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("the answer is four");
        assertThat(result.reasoning()).isEqualTo("r0 r1 r2 ");
        assertThat(result.chunks()).hasSize(7);
        assertThat(result.chunks().subList(0, 3)).allMatch(Chunk::reasoning);
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(80.0);
        assertThat(result.chunks()).extracting(Chunk::atMs).isSorted();
        assertThat(result.e2eMs()).isGreaterThanOrEqualTo(result.chunks().get(6).atMs());
        assertThat(result.outputTokens()).isEqualTo(7);
        assertThat(result.inputTokens()).isEqualTo(5);
        assertThat(seen).startsWith("R:r0 ").contains("A:four");

        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.json().path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(sent.json().path("max_tokens").asInt()).isEqualTo(50);
        assertThat(sent.json().path("seed").asInt()).isEqualTo(7);
        assertThat(sent.json().path("stream").asBoolean()).isTrue();
        assertThat(sent.systemText()).isEqualTo("be brief");
        assertThat(sent.header("authorization")).isEqualTo("Bearer sk-test-key-000000");
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        server.defaultScript(StubScript.rateLimited("3"));
        ModelResult result = client("m", null).complete(ask("hi", null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(result.httpStatus()).isEqualTo(429);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(result.error()).contains("429").contains("Rate limit");
    }

    @Test
    void rateLimitWithoutRetryAfterHasNone() {
        server.defaultScript(StubScript.rateLimited(null));
        ModelResult result = client("m", null).complete(ask("hi", null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(result.retryAfter()).isNull();
    }

    @Test
    void serverErrorsAndAuthAreClassified() {
        server.failFirst("m", 1, StubScript.serverError()).failFirst("m", 1, StubScript.unavailable("1"))
                .failFirst("m", 1, StubScript.status(401)).failFirst("m", 1, StubScript.status(404));
        OpenAiCompatibleClient client = client("m", null);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.SERVER_ERROR);
        ModelResult unavailable = client.complete(ask("a", null), StreamListener.NONE, CancelToken.none());
        assertThat(unavailable.failure()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).isOk()).isTrue();
        assertThat(server.chatRequests()).hasSize(5);
    }

    @Test
    void resetMidStreamKeepsPartialText() {
        server.defaultScript(StubScript.ok().rate(50).tokens(10).resetAfter(4));
        ModelResult result = client("m", null).complete(ask("hi", null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION);
        // a reset may discard data still in the receiver's buffer, so the last token sent can be lost
        assertThat(result.text()).isIn("t0 t1 t2 t3 ", "t0 t1 t2 ");
        assertThat(result.chunks()).hasSizeBetween(3, 4);
        assertThat(server.chatRequests()).hasSize(1);
    }

    @Test
    void malformedChunkIsABadResponse() {
        server.defaultScript(StubScript.ok().tokens(6).malformedAfter(2));
        ModelResult result = client("m", null).complete(ask("hi", null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).as(result.toString()).isEqualTo(FailureKind.BAD_RESPONSE);
        assertThat(result.text()).isEqualTo("t0 t1 ");
    }

    @Test
    void hangTimesOutWithinTheRequestTimeout() {
        server.defaultScript(StubScript.hang());
        ModelResult result = client("m", null).complete(ask("hi", Duration.ofMillis(300)), StreamListener.NONE,
                CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(result.e2eMs()).isGreaterThanOrEqualTo(300.0);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void stallMidStreamTimesOutKeepingPartialText() {
        server.defaultScript(StubScript.ok().tokens(10).stallAfter(3));
        ModelResult result = client("m", null).complete(ask("hi", Duration.ofMillis(1500)), StreamListener.NONE,
                CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(result.text()).isEqualTo("t0 t1 t2 ");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void cancelStopsAStreamInFlight() {
        server.defaultScript(StubScript.ok().ttft(10).rate(20).tokens(200));
        CancelToken cancel = new CancelToken();
        StreamListener cancelAfterThree = (text, reasoning, atMs) -> {
            if (text.equals("t2 ")) {
                cancel.cancel();
            }
        };
        ModelResult result = client("m", null).complete(ask("hi", null), cancelAfterThree, cancel);
        assertThat(result.failure()).isEqualTo(FailureKind.CANCELLED);
        assertThat(result.text()).startsWith("t0 t1 t2 ");
        assertThat(result.chunks().size()).isLessThan(200);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptFromTheCallerCancelsAndStaysVisible() throws Exception {
        server.defaultScript(StubScript.ok().ttft(10).rate(20).tokens(200));
        java.util.concurrent.CountDownLatch firstChunk = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<ModelResult> result = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Thread caller = new Thread(() -> {
            result.set(client("m", null).complete(ask("hi", null), (t, r, at) -> firstChunk.countDown(),
                    CancelToken.none()));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertThat(firstChunk.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(20_000);
        assertThat(result.get().failure()).isEqualTo(FailureKind.CANCELLED);
        assertThat(result.get().text()).startsWith("t0 ");
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void oneClientServesThirtyTwoConcurrentCalls() throws Exception {
        int n = 32;
        java.util.concurrent.CountDownLatch allArrived = new java.util.concurrent.CountDownLatch(n);
        server.onRequest(r -> {
            allArrived.countDown();
            try {
                allArrived.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.responder(r -> StubScript.ok().tokens(0).answerText("answer to " + r.lastUserText()));
        OpenAiCompatibleClient client = client("m", null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<ModelResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String prompt = "p" + i;
                futures.add(pool.submit(() -> client.complete(ask(prompt, null), StreamListener.NONE,
                        CancelToken.none())));
            }
            for (int i = 0; i < n; i++) {
                ModelResult result = futures.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(result.isOk()).as(result.error()).isTrue();
                assertThat(result.text()).isEqualTo("answer to p" + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.maxConcurrentStreams()).isEqualTo(n);
        assertThat(server.chatRequests()).hasSize(n);
    }

    @Test
    void connectionRefusedIsAConnectionFailure() {
        int port = server.port();
        server.close();
        OpenAiCompatibleClient client = new OpenAiCompatibleClient("http://127.0.0.1:" + port + "/v1", "m", null,
                null, new StreamingCallRunner("http://127.0.0.1:" + port, timer, Duration.ofSeconds(5),
                SecretScrubber.none(), Clock.systemUTC()));
        ModelResult result = client.complete(ask("hi", null), StreamListener.NONE, CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.CONNECTION);
    }
}
