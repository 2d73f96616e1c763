package io.sidebench.logic.providers.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import io.sidebench.testsupport.TinyGguf;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real llama.cpp runtime in a child JVM, on the tiny random-weights model the tests write. */
class GgufProcessTest {
    private static final GgufProcess.Options OPTIONS = GgufProcess.Options.defaults()
            .withThreads(1).withStartTimeout(Duration.ofMinutes(2));

    @TempDir
    static Path shared;

    private static GgufProcess child;
    private static SseTestClient client;

    @BeforeAll
    static void startChild() throws Exception {
        Path model = TinyGguf.write(shared.resolve("tiny.gguf"));
        child = GgufProcess.start(model, OPTIONS);
        client = new SseTestClient(child.baseUrl());
    }

    @AfterAll
    static void stopChild() {
        if (child != null) {
            child.close();
        }
    }

    @Test
    void streamsTokensOverSseAndStopsAtMaxTokens() throws Exception {
        SseTestClient.Streamed answer = client.stream(SseTestClient.chat("Hello, who are you?", 12, true,
                "\"temperature\":0"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.done()).isTrue();
        assertThat(answer.contentChunks()).isBetween(2L, 12L);
        assertThat(answer.text()).isNotBlank();
        JsonNode last = answer.last();
        assertThat(last.path("choices").get(0).path("finish_reason").asText()).isEqualTo("length");
        assertThat(last.path("usage").path("completion_tokens").asInt()).isEqualTo(12);
        assertThat(last.path("usage").path("prompt_tokens").asInt()).isPositive();
        assertThat(answer.chunks().get(0).path("choices").get(0).path("delta").path("role").asText())
                .isEqualTo("assistant");
    }

    @Test
    void greedyAnswersAreRepeatableAndMatchNonStreaming() throws Exception {
        String streamed = client.stream(SseTestClient.chat("Say something", 10, true,
                "\"temperature\":0,\"seed\":7")).text();
        HttpResponse<String> plain = client.postJson("/chat/completions",
                SseTestClient.chat("Say something", 10, false, "\"temperature\":0,\"seed\":7"));

        assertThat(plain.statusCode()).isEqualTo(200);
        JsonNode root = Json.mapper().readTree(plain.body());
        assertThat(root.path("choices").get(0).path("message").path("content").asText()).isEqualTo(streamed);
        assertThat(root.path("usage").path("completion_tokens").asInt()).isEqualTo(10);
    }

    @Test
    void stopStringEndsTheAnswerEarly() throws Exception {
        String full = client.stream(SseTestClient.chat("Count", 16, true, "\"temperature\":0")).text();
        String[] words = full.strip().split("\\s+");
        assertThat(words.length).isGreaterThan(3);
        String stop = " " + words[2];
        int cut = full.indexOf(stop);

        SseTestClient.Streamed stopped = client.stream(SseTestClient.chat("Count", 16, true,
                "\"temperature\":0,\"stop\":[" + Json.write(stop) + "]"));

        assertThat(stopped.text()).isEqualTo(full.substring(0, cut));
        assertThat(stopped.last().path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void listsTheModel() throws Exception {
        HttpResponse<String> models = client.get("/models");

        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(models.body()).path("data").get(0).path("id").asText())
                .isEqualTo(TinyGguf.NAME);
        assertThat(child.modelId()).isEqualTo(TinyGguf.NAME);
    }

    @Test
    void modelWithoutTemplateGetsThePlainDocumentedOne() throws Exception {
        HttpResponse<String> prompt = client.postJson("/sidebench/prompt",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                        + "{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(prompt.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(prompt.body()).path("prompt").asText())
                .isEqualTo("System: Be brief.\n\nUser: Hi\n\nAssistant:");
    }

    @Test
    void closingTheParentSideEndsTheChild(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        GgufProcess own = GgufProcess.start(model, OPTIONS);
        ProcessHandle handle = ProcessHandle.of(own.pid()).orElseThrow();
        assertThat(handle.isAlive()).isTrue();

        own.close();

        handle.onExit().get(20, TimeUnit.SECONDS);
        assertThat(handle.isAlive()).isFalse();
        assertThat(own.isAlive()).isFalse();
    }

    @Test
    void missingFileIsAClearErrorWithoutStartingAProcess(@TempDir Path dir) {
        Path missing = dir.resolve("nope.gguf");
        assertThatThrownBy(() -> GgufProcess.start(missing, OPTIONS))
                .isInstanceOf(GgufException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void notAGgufFileIsAClearError(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "hello, I am not a model");
        assertThatThrownBy(() -> GgufProcess.start(text, OPTIONS))
                .isInstanceOf(GgufException.class)
                .hasMessageContaining("notes.gguf: not a GGUF model file");
    }

    @Test
    void truncatedModelFailsInTheChildWithTheRuntimeReason(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(TinyGguf.write(dir.resolve("whole.gguf")));
        Path truncated = Files.write(dir.resolve("truncated.gguf"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> GgufProcess.start(truncated, OPTIONS))
                .isInstanceOf(GgufException.class)
                .hasMessage(truncated.toAbsolutePath() + ": llama.cpp cannot load the model: tensor "
                        + "'blk.0.ffn_gate.weight' data is not within the file bounds, model is corrupted or incomplete");
    }

    @Test
    void corruptHeaderIsAClearErrorWithTheOffset(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[64];
        System.arraycopy("GGUF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 3; // version 3, then absurd counts
        Arrays.fill(bytes, 8, 24, (byte) 0x7F);
        Path corrupt = Files.write(dir.resolve("corrupt.gguf"), bytes);

        assertThatThrownBy(() -> GgufProcess.start(corrupt, OPTIONS))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith(corrupt.toAbsolutePath() + ":8: corrupt GGUF header: implausible tensor count");
    }

    @Test
    void childEndsWhenItsParentProcessDies(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        Process parent = new ProcessBuilder("sleep", "600").start();
        java.util.List<String> command = new java.util.ArrayList<>(GgufProcess.command(model, OPTIONS, dir));
        command.set(command.indexOf("--parent-pid") + 1, Long.toString(parent.pid()));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(server.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith(GgufServerMain.READY));
            assertThat(line).startsWith(GgufServerMain.READY);
            assertThat(server.isAlive()).isTrue();

            parent.destroy(); // the "workbench" dies; the child's stdin stays open

            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            parent.destroyForcibly();
            server.destroyForcibly();
        }
    }

    @Test
    void modelWithItsOwnChatTemplateIsPromptedWithIt(@TempDir Path dir) throws Exception {
        String template = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}\n{% endfor %}"
                + "{% if add_generation_prompt %}<|assistant|>{% endif %}";
        Path model = TinyGguf.write(dir.resolve("templated.gguf"), "sidebench-test-templated", 3, template);
        try (GgufProcess templated = GgufProcess.start(model, OPTIONS)) {
            SseTestClient own = new SseTestClient(templated.baseUrl());
            HttpResponse<String> prompt = own.postJson("/sidebench/prompt",
                    "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                            + "{\"role\":\"user\",\"content\":\"Hi\"}]}");
            assertThat(Json.mapper().readTree(prompt.body()).path("prompt").asText())
                    .isEqualTo("<|system|>Be brief.\n<|user|>Hi\n<|assistant|>");
            assertThat(own.stream(SseTestClient.chat("Hi", 5, true, null)).last()
                    .path("usage").path("completion_tokens").asInt()).isEqualTo(5);
        }
    }

    @Test
    void aChildThatDiesBeforeItIsReadyIsReportedWithItsLastWords(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        GgufProcess.Options broken = new GgufProcess.Options(Duration.ofMinutes(1), 0, 1, 1, null,
                java.util.List.of("-XX:MaxHeapSize=1k")); // the child JVM refuses to start

        assertThatThrownBy(() -> GgufProcess.start(model, broken))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith(model.toAbsolutePath() + ": the model process exited with code 1 before it "
                        + "was ready: ")
                .hasMessageContaining("Error");
    }

    @Test
    void aCrashingChildOnlyEndsTheStreamNotTheWorkbench(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        try (GgufProcess own = GgufProcess.start(model, OPTIONS.withContextSize(4096))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(own.baseUrl() + "/chat/completions"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            SseTestClient.chat("Hi", 4000, true, null))).build();
            HttpResponse<java.io.InputStream> response = http.send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            java.io.InputStream body = response.body();
            assertThat(body.read()).isPositive(); // streaming has begun

            ProcessHandle handle = ProcessHandle.of(own.pid()).orElseThrow();
            handle.destroyForcibly(); // as a native crash would

            byte[] rest;
            try {
                rest = body.readAllBytes();
            } catch (java.io.IOException expected) {
                rest = new byte[0];
            }
            assertThat(new String(rest, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("[DONE]");
            handle.onExit().get(20, TimeUnit.SECONDS);
            assertThat(own.isAlive()).isFalse(); // and this JVM, the "workbench", carries on
        }
    }

    @Test
    void sampledAnswersFollowTheSeed() throws Exception {
        String body = SseTestClient.chat("Tell me", 24, true, "\"temperature\":1.0,\"top_p\":0.95,\"seed\":%d");
        String a = client.stream(String.format(body, 42)).text();
        String again = client.stream(String.format(body, 42)).text();
        String other = client.stream(String.format(body, 43)).text();

        assertThat(again).isEqualTo(a);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void concurrentRequestsAllComplete() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<SseTestClient.Streamed>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = 10 + i;
                answers.add(pool.submit(() -> client.stream(SseTestClient.chat("Q" + n, n, true,
                        "\"temperature\":0"))));
            }
            for (int i = 0; i < 3; i++) {
                SseTestClient.Streamed answer = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(answer.done()).isTrue();
                assertThat(answer.last().path("usage").path("completion_tokens").asInt()).isEqualTo(10 + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
