package io.sidebench.logic.providers.lc4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Anthropic and Gemini clients against the stub speaking a subset of their streaming formats (written
 * from the public API references; no real endpoint is reachable from the tests).
 */
class AnthropicAndGeminiClientTest {
    private final StubLlmServer server = StubLlmServer.start();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        server.close();
        timer.shutdownNow();
    }

    private StreamingCallRunner runner() {
        return new StreamingCallRunner(server.baseUrl(), timer, Duration.ofSeconds(20),
                new SecretScrubber(List.of("secret-key-123456")), Clock.systemUTC());
    }

    private ModelClient anthropic(ModelParams params) {
        return new AnthropicModelClient(server.baseUrl() + "/v1/", "claude-test", "secret-key-123456", params,
                runner());
    }

    private ModelClient gemini(ModelParams params) {
        return new GeminiModelClient(server.baseUrl() + "/v1beta", "gemini-test", "secret-key-123456", params,
                runner());
    }

    private static ChatRequest ask(String text) {
        return new ChatRequest(List.of(ChatMessage.user(text)), null, Duration.ofSeconds(10), null);
    }

    @Test
    void anthropicStreamsThinkingThenTextWithUsage() {
        server.script("claude-test", StubScript.ok().ttft(40).reasoning(2).answerText("hello there"));
        ModelResult result = anthropic(ModelParams.DEFAULTS.withReasoning(true).withSystemPrompt("sys")
                .withMaxTokens(4096)).complete(ask("hi you"), StreamListener.NONE, CancelToken.none());
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("hello there");
        assertThat(result.reasoning()).isEqualTo("r0 r1 ");
        assertThat(result.chunks()).hasSize(4);
        assertThat(result.chunks().get(0).reasoning()).isTrue();
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(40.0);
        assertThat(result.chunks()).extracting(Chunk::atMs).isSorted();
        assertThat(result.outputTokens()).isEqualTo(4);
        assertThat(result.inputTokens()).isEqualTo(3);
        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.api()).isEqualTo(RecordedRequest.Api.ANTHROPIC);
        assertThat(sent.header("x-api-key")).isEqualTo("secret-key-123456");
        assertThat(sent.systemText()).isEqualTo("sys");
        assertThat(sent.json().path("thinking").path("type").asText()).isEqualTo("enabled");
        assertThat(sent.json().path("max_tokens").asInt()).isEqualTo(4096);
    }

    @Test
    void anthropicFaults() {
        server.failFirst("claude-test", 1, StubScript.rateLimited("7"))
                .failFirst("claude-test", 1, StubScript.status(401))
                .failFirst("claude-test", 1, StubScript.ok().tokens(8).rate(50).resetAfter(3));
        ModelClient client = anthropic(null);
        ModelResult limited = client.complete(ask("a"), StreamListener.NONE, CancelToken.none());
        assertThat(limited.failure()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        ModelResult denied = client.complete(ask("a"), StreamListener.NONE, CancelToken.none());
        assertThat(denied.failure()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(denied.error()).doesNotContain("secret-key-123456");
        ModelResult reset = client.complete(ask("a"), StreamListener.NONE, CancelToken.none());
        assertThat(reset.failure()).isEqualTo(FailureKind.CONNECTION);
        assertThat(reset.text()).startsWith("t0 t1");
    }

    @Test
    void geminiStreamsThoughtsThenTextWithUsage() {
        server.script("gemini-test", StubScript.ok().ttft(40).reasoning(2).answerText("bonjour tout le monde"));
        ModelResult result = gemini(ModelParams.DEFAULTS.withReasoning(true).withTemperature(0.5).withSeed(9))
                .complete(ask("salut"), StreamListener.NONE, CancelToken.none());
        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("bonjour tout le monde");
        assertThat(result.reasoning()).isEqualTo("r0 r1 ");
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(40.0);
        assertThat(result.inputTokens()).isEqualTo(1);
        assertThat(result.outputTokens()).isNotNull();
        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.api()).isEqualTo(RecordedRequest.Api.GEMINI);
        assertThat(sent.model()).isEqualTo("gemini-test");
        assertThat(sent.stream()).isTrue();
        assertThat(sent.json().path("generationConfig").path("seed").asInt()).isEqualTo(9);
        assertThat(sent.json().path("generationConfig").path("thinkingConfig").path("includeThoughts").asBoolean())
                .isTrue();
    }

    @Test
    void geminiFaults() {
        server.failFirst("gemini-test", 1, StubScript.unavailable("2"))
                .failFirst("gemini-test", 1, StubScript.ok().malformedAfter(1));
        ModelClient client = gemini(null);
        ModelResult unavailable = client.complete(ask("a"), StreamListener.NONE, CancelToken.none());
        assertThat(unavailable.failure()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        ModelResult malformed = client.complete(ask("a"), StreamListener.NONE, CancelToken.none());
        assertThat(malformed.failure()).as(malformed.toString()).isEqualTo(FailureKind.BAD_RESPONSE);
    }
}
