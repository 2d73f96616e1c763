package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.stats.Descriptives;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures a local model the way the workbench sees it: start the child, then stream greedy answers
 * over HTTP and time them from the client side.
 */
public final class GgufBenchmark {

    /** One streamed answer: time to first token, end to end, and the tokens the server counted. */
    public record Sample(double ttftMs, double e2eMs, int tokens) {
        /** Decode speed: tokens after the first over the time after the first. */
        public double decodeTokensPerSecond() {
            return tokens > 1 && e2eMs > ttftMs ? (tokens - 1) * 1000.0 / (e2eMs - ttftMs) : 0;
        }
    }

    public record Report(String model, Duration loadTime, List<Sample> samples) {
        public double medianDecodeTokensPerSecond() {
            return GgufBenchmark.medianDecodeTokensPerSecond(samples);
        }

        public double medianTtftMs() {
            return GgufBenchmark.medianTtftMs(samples);
        }
    }

    public static double medianDecodeTokensPerSecond(List<Sample> samples) {
        return samples.isEmpty() ? 0
                : Descriptives.median(samples.stream().mapToDouble(Sample::decodeTokensPerSecond).toArray());
    }

    public static double medianTtftMs(List<Sample> samples) {
        return samples.isEmpty() ? 0 : Descriptives.median(samples.stream().mapToDouble(Sample::ttftMs).toArray());
    }

    private GgufBenchmark() {
    }

    /** Starts Sidebench's child for {@code model}, answers one untimed warm-up request, then times {@code runs}. */
    public static Report run(Path model, GgufProcess.Options options, int runs, int maxTokens, String prompt)
            throws IOException, InterruptedException {
        try (GgufProcess process = GgufProcess.start(model, options)) {
            return new Report(process.modelId(), process.loadTime(),
                    measure(process.baseUrl(), runs, maxTokens, prompt));
        }
    }

    /**
     * Times {@code runs} streamed greedy answers from any OpenAI-compatible local server (Sidebench's
     * child or {@code llama-server}) after one untimed warm-up answer, one request at a time.
     */
    public static List<Sample> measure(String baseUrl, int runs, int maxTokens, String prompt)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        stream(http, baseUrl, prompt, maxTokens); // warms both sides: JIT, caches, first-request paths
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(stream(http, baseUrl, prompt, maxTokens));
        }
        return samples;
    }

    private static Sample stream(HttpClient http, String baseUrl, String prompt, int maxTokens)
            throws IOException, InterruptedException {
        String body = Json.write(Map.of("messages", List.of(Map.of("role", "user", "content", prompt)),
                "stream", true, "max_tokens", maxTokens, "temperature", 0,
                "stream_options", Map.of("include_usage", true))); // llama-server sends usage only when asked
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        long first = 0;
        int tokens = 0;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.startsWith("data: ") || line.equals("data: [DONE]")) {
                    continue;
                }
                JsonNode chunk = Json.mapper().readTree(line.substring(6));
                JsonNode delta = chunk.path("choices").path(0).path("delta");
                if (first == 0 && !delta.path("content").asText("").isEmpty()) {
                    first = System.nanoTime();
                }
                if (chunk.has("usage")) {
                    tokens = chunk.path("usage").path("completion_tokens").asInt();
                }
            }
        }
        long end = System.nanoTime();
        return new Sample(((first == 0 ? end : first) - sent) / 1e6, (end - sent) / 1e6, tokens);
    }
}
