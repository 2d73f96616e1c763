package io.sidebench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StubLlmServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StubLlmServer server = StubLlmServer.start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String openAiBody(String model, boolean stream, boolean usage) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + (usage ? ",\"stream_options\":{\"include_usage\":true}" : "")
                + ",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
                + "{\"role\":\"user\",\"content\":\"what is two plus two\"}]}";
    }

    private static List<JsonNode> sseEvents(String body) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                out.add(JSON.readTree(line.substring(6)));
            }
        }
        return out;
    }

    @Test
    void openAiStreamSendsReasoningThenAnswerThenUsageAndDone() throws Exception {
        server.script("deep", StubScript.ok().ttft(60).rate(500).reasoning(2).answerText("four is the answer"));
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(post("/v1/chat/completions", openAiBody("deep", true, true)).build(),
                HttpResponse.BodyHandlers.ofString());
        double elapsedMs = (System.nanoTime() - sent) / 1e6;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        assertThat(response.body()).endsWith("data: [DONE]\n\n");
        List<JsonNode> events = sseEvents(response.body());
        String reasoning = events.stream().map(e -> e.path("choices").path(0).path("delta")
                .path("reasoning_content").asText("")).collect(Collectors.joining());
        String content = events.stream().map(e -> e.path("choices").path(0).path("delta").path("content").asText(""))
                .collect(Collectors.joining());
        assertThat(reasoning).isEqualTo("r0 r1 ");
        assertThat(content).isEqualTo("four is the answer");
        JsonNode usage = events.get(events.size() - 1).path("usage");
        assertThat(usage.path("completion_tokens").asInt()).isEqualTo(6);
        assertThat(usage.path("prompt_tokens").asInt()).isEqualTo(7);
        // lower bound only: the last token is due at ttft + 5 tokens / 500 per second = 70 ms
        assertThat(elapsedMs).isGreaterThanOrEqualTo(70.0);
        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.awaitFinished(java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(recorded.outcome()).isEqualTo("ok");
        assertThat(recorded.tokensSent()).isEqualTo(6);
        assertThat(recorded.serverTtftMs()).isGreaterThanOrEqualTo(60.0);
        assertThat(recorded.lastUserText()).isEqualTo("what is two plus two");
        assertThat(recorded.systemText()).isEqualTo("be brief");
    }

    @Test
    void openAiStreamOmitsUsageUnlessAsked() throws Exception {
        HttpResponse<String> response = http.send(post("/v1/chat/completions", openAiBody("m", true, false)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sseEvents(response.body())).noneMatch(e -> e.has("usage"));
        assertThat(sseEvents(response.body()).stream().map(e -> e.path("choices").path(0).path("delta")
                .path("content").asText("")).collect(Collectors.joining())).isEqualTo(StubScript.ok().fullAnswer());
    }

    @Test
    void openAiWithoutStreamAnswersWithOneJsonDocument() throws Exception {
        server.defaultScript(StubScript.ok().answerText("just this"));
        HttpResponse<String> response = http.send(post("/v1/chat/completions", openAiBody("m", false, false)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("choices").path(0).path("message").path("content").asText()).isEqualTo("just this");
        assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(2);
    }

    @Test
    void modelListsNameScriptedAndAdvertisedModels() throws Exception {
        server.script("alpha", StubScript.ok()).advertise("beta");
        JsonNode openAi = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.openAiBaseUrl() + "/models"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode tags = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/tags"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(openAi.path("data").findValuesAsText("id")).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(tags.path("models").findValuesAsText("name")).containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void ollamaStreamsNdjsonWithThinkingAndFinalCounts() throws Exception {
        server.script("llama", StubScript.ok().reasoning(1).tokens(3));
        String body = "{\"model\":\"llama\",\"messages\":[{\"role\":\"user\",\"content\":\"hi there\"}]}";
        HttpResponse<String> response = http.send(post("/api/chat", body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("content-type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).path("message").path("thinking").asText()).isEqualTo("r0 ");
        assertThat(lines.subList(1, 4).stream().map(l -> l.path("message").path("content").asText())
                .collect(Collectors.joining())).isEqualTo("t0 t1 t2 ");
        JsonNode last = lines.get(4);
        assertThat(last.path("done").asBoolean()).isTrue();
        assertThat(last.path("eval_count").asInt()).isEqualTo(4);
        assertThat(last.path("prompt_eval_count").asInt()).isEqualTo(2);
    }

    @Test
    void ollamaWithoutStreamAnswersWithOneJsonDocument() throws Exception {
        String body = "{\"model\":\"x\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        JsonNode answer = JSON.readTree(http.send(post("/api/chat", body).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(answer.path("done").asBoolean()).isTrue();
        assertThat(answer.path("message").path("content").asText()).isEqualTo(StubScript.ok().fullAnswer());
    }

    @Test
    void statusFaultsCarryRetryAfterOnlyWhenScripted() throws Exception {
        server.failFirst("m", 1, StubScript.rateLimited("2"))
                .failFirst("m", 1, StubScript.rateLimited(null))
                .failFirst("m", 1, StubScript.serverError())
                .failFirst("m", 1, StubScript.unavailable("1"));
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(http.send(post("/v1/chat/completions", openAiBody("m", true, true)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(429, 429, 500, 503, 200);
        assertThat(responses.get(0).headers().firstValue("retry-after")).hasValue("2");
        assertThat(responses.get(1).headers().firstValue("retry-after")).isEmpty();
        assertThat(responses.get(3).headers().firstValue("retry-after")).hasValue("1");
        assertThat(JSON.readTree(responses.get(0).body()).path("error").path("message").asText()).contains("Rate limit");
        assertThat(server.requests()).extracting(RecordedRequest::outcome)
                .containsExactly("status 429", "status 429", "status 500", "status 503", "ok");
    }

    @Test
    void resetMidStreamBreaksTheConnectionAfterSomeTokens() throws Exception {
        server.defaultScript(StubScript.ok().tokens(10).resetAfter(3));
        assertThatThrownBy(() -> http.send(post("/v1/chat/completions", openAiBody("m", true, false)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        RecordedRequest recorded = server.requests().get(0);
        assertThat(recorded.outcome()).isEqualTo("reset");
        assertThat(recorded.tokensSent()).isEqualTo(3);
    }

    @Test
    void malformedChunkIsNotJson() throws Exception {
        server.defaultScript(StubScript.ok().malformedAfter(2));
        String body = http.send(post("/v1/chat/completions", openAiBody("m", true, false)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThatThrownBy(() -> sseEvents(body)).isInstanceOf(IOException.class);
        assertThat(body).contains("t1 ").doesNotContain("t2 ");
    }

    @Test
    void hangNeverAnswersAndEndsWhenTheClientGivesUp() throws Exception {
        server.defaultScript(StubScript.hang());
        HttpRequest request = post("/v1/chat/completions", openAiBody("m", true, false))
                .timeout(Duration.ofSeconds(3)).build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        // The server holds the request (wait for its arrival rather than racing the client's timeout)...
        assertThat(server.awaitRequests(1, Duration.ofSeconds(20))).isTrue();
        assertThat(server.requests().get(0).outcome()).isEqualTo("hang");
        // ...and the client's own timeout ends the call.
        assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void servesThirtyTwoConcurrentStreams() throws Exception {
        int n = 32;
        CountDownLatch allArrived = new CountDownLatch(n);
        server.onRequest(r -> {
            allArrived.countDown();
            try {
                allArrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.defaultScript(StubScript.ok().ttft(300).rate(100).tokens(20));
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(http.sendAsync(post("/v1/chat/completions", openAiBody("m" + (i % 4), true, true)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(allArrived.await(20, TimeUnit.SECONDS)).isTrue();
        for (CompletableFuture<HttpResponse<String>> future : futures) {
            HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
            assertThat(response.body()).endsWith("data: [DONE]\n\n");
            assertThat(sseEvents(response.body()).stream().map(e -> e.path("choices").path(0).path("delta")
                    .path("content").asText("")).collect(Collectors.joining()))
                    .isEqualTo(StubScript.ok().tokens(20).fullAnswer());
        }
        assertThat(server.chatRequests()).hasSize(n).allMatch(r -> r.outcome().equals("ok"));
        assertThat(server.maxConcurrentStreams()).isEqualTo(n);
        assertThat(server.maxConcurrentStreams("m0")).isEqualTo(n / 4);
    }

    @Test
    void responderChoosesPerRequest() throws Exception {
        server.responder(r -> r.lastUserText().contains("two") ? StubScript.ok().answerText("4") : null);
        HttpResponse<String> response = http.send(post("/v1/chat/completions", openAiBody("m", false, false)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(response.body()).path("choices").path(0).path("message").path("content").asText())
                .isEqualTo("4");
        assertThat(server.awaitRequests(1, Duration.ofSeconds(1))).isTrue();
    }
}
