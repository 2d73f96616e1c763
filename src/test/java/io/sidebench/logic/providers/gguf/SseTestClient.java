package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A plain java.net.http client for the OpenAI-compatible endpoints, as any client would use them. */
final class SseTestClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    SseTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A streamed answer: the data payloads in arrival order (without "[DONE]"), and whether [DONE] came. */
    record Streamed(int status, List<JsonNode> chunks, boolean done, List<Long> arrivalNanos) {
        String text() {
            StringBuilder text = new StringBuilder();
            for (JsonNode chunk : chunks) {
                JsonNode choices = chunk.path("choices");
                if (choices.size() > 0) {
                    text.append(choices.get(0).path("delta").path("content").asText(""));
                }
            }
            return text.toString();
        }

        JsonNode last() {
            return chunks.get(chunks.size() - 1);
        }

        long contentChunks() {
            return chunks.stream().filter(c -> c.path("choices").size() > 0
                    && c.path("choices").get(0).path("delta").has("content")).count();
        }
    }

    Streamed stream(String body) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(post("/chat/completions", body),
                HttpResponse.BodyHandlers.ofLines());
        List<JsonNode> chunks = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        boolean done = false;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.startsWith("data: ")) {
                    continue;
                }
                String data = line.substring(6);
                if (data.equals("[DONE]")) {
                    done = true;
                } else {
                    chunks.add(Json.mapper().readTree(data));
                    arrivals.add(System.nanoTime());
                }
            }
        }
        return new Streamed(response.statusCode(), chunks, done, arrivals);
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return http.send(post(path, body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String chat(String user, Integer maxTokens, boolean stream, String extra) {
        StringBuilder body = new StringBuilder("{\"model\":\"local\",\"messages\":[{\"role\":\"user\",\"content\":")
                .append(Json.write(user)).append("}],\"stream\":").append(stream);
        if (maxTokens != null) {
            body.append(",\"max_tokens\":").append(maxTokens);
        }
        if (extra != null) {
            body.append(',').append(extra);
        }
        return body.append('}').toString();
    }
}
