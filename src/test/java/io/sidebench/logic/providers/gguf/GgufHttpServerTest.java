package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The child's HTTP protocol, driven by a scripted generator (no native runtime needed). */
class GgufHttpServerTest {
    private final ScriptedGenerator generator = new ScriptedGenerator();
    private GgufHttpServer server;
    private SseTestClient client;

    /** Emits "w0 ", "w1 "... up to max_tokens (default 5), honouring one stop string. */
    static final class ScriptedGenerator implements TextGenerator {
        final AtomicReference<Request> last = new AtomicReference<>();
        volatile CountDownLatch blockAfterFirst;
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public String modelId() {
            return "scripted";
        }

        @Override
        public String applyChatTemplate(List<Message> messages) {
            return SimpleChatTemplate.apply(messages);
        }

        @Override
        public List<String> templateStops() {
            return List.of(SimpleChatTemplate.TURN_STOP);
        }

        @Override
        public Result generate(Request request, Consumer<String> onText, BooleanSupplier isCancelled) {
            last.set(request);
            if (request.prompt().contains("too long")) {
                throw new IllegalArgumentException("the request exceeds the available context size");
            }
            int max = request.maxTokens() == null ? 5 : request.maxTokens();
            int n = 0;
            for (; n < max; n++) {
                String piece = "w" + n + " ";
                if (request.stop().stream().anyMatch(s -> s.strip().equals(piece.strip()))) {
                    return new Result(7, n, "stop");
                }
                if (isCancelled.getAsBoolean()) {
                    cancelled.countDown();
                    return new Result(7, n, "stop");
                }
                onText.accept(piece);
                if (blockAfterFirst != null) {
                    // keep writing until the server notices the client has gone
                    for (int i = 0; i < 10_000 && !isCancelled.getAsBoolean(); i++) {
                        onText.accept("x".repeat(1024));
                    }
                }
            }
            return new Result(7, n, n == max ? "length" : "stop");
        }

        @Override
        public void close() {
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = GgufHttpServer.start(generator, 0, 4);
        client = new SseTestClient("http://127.0.0.1:" + server.port() + "/v1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void streamsOpenAiChunksThenUsageThenDone() throws Exception {
        SseTestClient.Streamed answer = client.stream(SseTestClient.chat("Hi", 3, true,
                "\"temperature\":0.5,\"top_p\":0.9,\"seed\":42,\"stop\":\"END\""));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("w0 w1 w2 ");
        assertThat(answer.chunks()).hasSize(4);
        JsonNode first = answer.chunks().get(0);
        assertThat(first.path("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(first.path("model").asText()).isEqualTo("scripted");
        assertThat(first.path("choices").get(0).path("delta").path("role").asText()).isEqualTo("assistant");
        assertThat(first.path("choices").get(0).path("finish_reason").isNull()).isTrue();
        JsonNode last = answer.last();
        assertThat(last.path("choices").get(0).path("finish_reason").asText()).isEqualTo("length");
        assertThat(last.path("usage").path("prompt_tokens").asInt()).isEqualTo(7);
        assertThat(last.path("usage").path("completion_tokens").asInt()).isEqualTo(3);
        assertThat(last.path("usage").path("total_tokens").asInt()).isEqualTo(10);
        assertThat(answer.done()).isTrue();

        TextGenerator.Request seen = generator.last.get();
        assertThat(seen.prompt()).isEqualTo("User: Hi\n\nAssistant:");
        assertThat(seen.maxTokens()).isEqualTo(3);
        assertThat(seen.temperature()).isEqualTo(0.5);
        assertThat(seen.topP()).isEqualTo(0.9);
        assertThat(seen.seed()).isEqualTo(42);
        assertThat(seen.stop()).containsExactly(SimpleChatTemplate.TURN_STOP, "END");
    }

    @Test
    void answersWithoutStreaming() throws Exception {
        HttpResponse<String> response = client.postJson("/chat/completions",
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi \"},"
                        + "{\"type\":\"text\",\"text\":\"there\"}]}],\"max_completion_tokens\":4,\"stop\":[\"w2\"]}");

        JsonNode root = Json.mapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(root.path("object").asText()).isEqualTo("chat.completion");
        assertThat(root.path("choices").get(0).path("message").path("content").asText()).isEqualTo("w0 w1 ");
        assertThat(root.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        assertThat(root.path("usage").path("completion_tokens").asInt()).isEqualTo(2);
        assertThat(generator.last.get().prompt()).isEqualTo("User: Hi there\n\nAssistant:");
    }

    @Test
    void listsTheModel() throws Exception {
        JsonNode root = Json.mapper().readTree(client.get("/models").body());
        assertThat(root.path("object").asText()).isEqualTo("list");
        assertThat(root.path("data").get(0).path("id").asText()).isEqualTo("scripted");
    }

    @Test
    void rejectsBadRequestsWithOpenAiErrors() throws Exception {
        HttpResponse<String> malformed = client.postJson("/chat/completions", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(malformed.body()).path("error").path("message").asText())
                .startsWith("malformed JSON");

        HttpResponse<String> empty = client.postJson("/chat/completions", "{\"messages\":[]}");
        assertThat(empty.statusCode()).isEqualTo(400);

        HttpResponse<String> tooLong = client.postJson("/chat/completions",
                SseTestClient.chat("too long", 3, false, null));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("exceeds the available context size");

        assertThat(client.get("/chat/completions").statusCode()).isEqualTo(405);
    }

    @Test
    void stopsGeneratingWhenTheClientGoesAway() throws Exception {
        generator.blockAfterFirst = new CountDownLatch(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/v1/chat/completions"))
                .POST(HttpRequest.BodyPublishers.ofString(SseTestClient.chat("Hi", 3, true, null))).build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.body().read()).isPositive(); // the stream has begun

        response.body().close();

        assertThat(generator.cancelled.await(30, TimeUnit.SECONDS)).isTrue();
    }
}
