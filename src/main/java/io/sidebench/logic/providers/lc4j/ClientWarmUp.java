package io.sidebench.logic.providers.lc4j;

import io.sidebench.logic.providers.http.WarmUpServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Warms the measuring client path of this JVM before the first real request's clock starts: a few whole streamed
 * calls through the same code (LangChain4j's model for the provider, our HTTP client, the JDK HTTP client, SSE
 * and JSON parsing, the collector) against a {@link WarmUpServer} on loopback, once per kind of LangChain4j model.
 * In a fresh JVM the first wave of requests otherwise carries class loading and interpretation in its TTFT
 * (~200 ms, issue 15). Nothing goes to the real endpoint. Thread-safe: callers of a kind that is being warmed
 * wait for it.
 */
public final class ClientWarmUp {
    /** Warm-up calls per kind, {@code -Dsidebench.client.warmup.calls=N} (0 switches the warm-up off). */
    public static final String CALLS_PROPERTY = "sidebench.client.warmup.calls";
    private static final ClientWarmUp PROCESS = new ClientWarmUp(Integer.getInteger(CALLS_PROPERTY, 3));
    private final int calls;
    private final Map<Class<?>, CompletableFuture<Void>> kinds = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile java.net.http.HttpClient client;

    /** @param calls whole calls per kind of model (0: no warm-up) */
    public ClientWarmUp(int calls) {
        this.calls = Math.max(0, calls);
    }

    /** The warm-up of this process, shared by every model client (the JIT's state is the process's). */
    public static ClientWarmUp process() {
        return PROCESS;
    }

    /** Warm-up requests the loopback servers answered so far (none ever goes elsewhere). */
    public int requestsAnswered() {
        return answered.get();
    }

    /**
     * Runs {@code call} {@link #calls} times for this kind of model, once per JVM, each call given the loopback
     * server's address; returns at once when the kind is warm, waits when another thread is warming it. Failures
     * of the warm-up are ignored (the real call then reports its own).
     */
    void ensure(Class<?> kind, Consumer<URI> call) {
        if (calls == 0) {
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = kinds.putIfAbsent(kind, mine);
        if (running != null) {
            running.join();
            return;
        }
        try (WarmUpServer server = WarmUpServer.start()) {
            for (int i = 0; i < calls; i++) {
                call.accept(server.address());
            }
            answered.addAndGet(server.requests());
        } catch (Exception | LinkageError e) {
            // a warm-up that fails leaves the path colder, nothing else
        } finally {
            mine.complete(null);
        }
    }

    /** The JDK client of the warm-up calls: as a model's for plain http, and never through a proxy. */
    java.net.http.HttpClient client() {
        java.net.http.HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).proxy(java.net.http.HttpClient.Builder.NO_PROXY)
                            .executor(Runnable::run).build();
                }
                c = client;
            }
        }
        return c;
    }
}
