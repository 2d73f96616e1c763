package io.sidebench.logic.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads and resets the counters of a benchmark stub running elsewhere (another process). */
public final class BenchStubClient {
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param baseUrl the stub's base URL, e.g. {@code http://127.0.0.1:41234/v1} */
    public BenchStubClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public BenchStubStats stats() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench/stats")).GET());
    }

    /** The counters before the reset. */
    public BenchStubStats reset() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private BenchStubStats send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(baseUrl + ": the benchmark stub answered HTTP " + response.statusCode()
                    + " (is it a `sidebench bench-stub`?)");
        }
        return BenchStubStats.fromJson(response.body());
    }
}
