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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaModelClientTest {
    private final StubLlmServer server = StubLlmServer.start();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        server.close();
        timer.shutdownNow();
    }

    private OllamaModelClient client(String model, ModelParams params) {
        return new OllamaModelClient(server.baseUrl(), model, params, new StreamingCallRunner(server.baseUrl(), timer,
                Duration.ofSeconds(20), SecretScrubber.none(), Clock.systemUTC()));
    }

    private static ChatRequest ask(String text, Duration timeout) {
        return new ChatRequest(List.of(ChatMessage.user("earlier"), ChatMessage.assistant("reply"),
                ChatMessage.user(text)), null, timeout, null);
    }

    @Test
    void streamsNdjsonWithThinkingTimesAndCounts() {
        server.script("qwen3", StubScript.ok().ttft(50).rate(300).reasoning(2).answerText("yes it is"));
        ModelResult result = client("qwen3", ModelParams.DEFAULTS.withTemperature(0.2).withTopP(0.9).withMaxTokens(64)
                .withSeed(3).withReasoning(true)).complete(ask("is it?", null), StreamListener.NONE,
                CancelToken.none());

        assertThat(result.isOk()).as(result.error()).isTrue();
        assertThat(result.text()).isEqualTo("yes it is");
        assertThat(result.reasoning()).isEqualTo("r0 r1 ");
        assertThat(result.chunks()).hasSize(5);
        assertThat(result.chunks().get(0).reasoning()).isTrue();
        assertThat(result.chunks().get(0).atMs()).isGreaterThanOrEqualTo(50.0);
        assertThat(result.chunks()).extracting(Chunk::atMs).isSorted();
        assertThat(result.outputTokens()).isEqualTo(5);
        assertThat(result.inputTokens()).isEqualTo(4);

        RecordedRequest sent = server.chatRequests().get(0);
        assertThat(sent.api()).isEqualTo(RecordedRequest.Api.OLLAMA);
        assertThat(sent.json().path("options").path("num_predict").asInt()).isEqualTo(64);
        assertThat(sent.json().path("options").path("seed").asInt()).isEqualTo(3);
        assertThat(sent.json().path("options").path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(sent.json().path("think").asBoolean()).isTrue();
        assertThat(sent.messages()).extracting(e -> e.getKey()).containsExactly("user", "assistant", "user");
    }

    @Test
    void faultsAreClassified() {
        server.failFirst("m", 1, StubScript.serverError()).failFirst("m", 1, StubScript.ok().tokens(9).resetAfter(2))
                .failFirst("m", 1, StubScript.ok().malformedAfter(1));
        OllamaModelClient client = client("m", null);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.CONNECTION);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).failure())
                .isEqualTo(FailureKind.BAD_RESPONSE);
        assertThat(client.complete(ask("a", null), StreamListener.NONE, CancelToken.none()).isOk()).isTrue();
    }

    @Test
    void hangTimesOut() {
        server.defaultScript(StubScript.hang());
        ModelResult result = client("m", null).complete(ask("a", Duration.ofMillis(250)), StreamListener.NONE,
                CancelToken.none());
        assertThat(result.failure()).isEqualTo(FailureKind.TIMEOUT);
    }
}
