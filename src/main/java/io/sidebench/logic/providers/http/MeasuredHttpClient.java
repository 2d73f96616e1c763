package io.sidebench.logic.providers.http;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The LangChain4j HTTP client we give every provider model: one exchange per call (no retries), on the
 * calling thread, over a shared {@link java.net.http.HttpClient}. Unlike LangChain4j's own JDK client it
 * keeps the status and Retry-After of a failed response in the call's {@link CallContext}, and it can be
 * aborted from another thread (timeout, cancel).
 */
public final class MeasuredHttpClient implements HttpClient {
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private final java.net.http.HttpClient jdk;
    private final CallContext context;
    private final Clock clock;
    private final RequestDecorator decorator;

    public MeasuredHttpClient(java.net.http.HttpClient jdk, CallContext context, Clock clock) {
        this(jdk, context, clock, RequestDecorator.NONE);
    }

    /** @param decorator extra headers and query parameters every request of this call carries */
    public MeasuredHttpClient(java.net.http.HttpClient jdk, CallContext context, Clock clock,
                              RequestDecorator decorator) {
        this.jdk = jdk;
        this.context = context;
        this.clock = clock;
        this.decorator = decorator == null ? RequestDecorator.NONE : decorator;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        if (!context.begin(Thread.currentThread())) {
            throw new IllegalStateException("call aborted before it started");
        }
        try {
            HttpResponse<InputStream> response = send(request);
            String body = readBody(response.body(), Integer.MAX_VALUE);
            if (!isSuccessful(response)) {
                throw failure(response, body);
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(body).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            context.end();
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener plainListener) {
        ServerSentEventListener listener = new ValidatingListener(plainListener);
        if (!context.begin(Thread.currentThread())) {
            quietly(() -> listener.onError(new IOException("call aborted before it started")));
            context.end();
            return;
        }
        try {
            HttpResponse<InputStream> response = send(request);
            if (!isSuccessful(response)) {
                HttpException failure = failure(response, readBody(response.body(), MAX_ERROR_BODY));
                quietly(() -> listener.onError(failure));
                return;
            }
            SuccessfulHttpResponse head = SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).build();
            quietly(() -> listener.onOpen(head));
            try (InputStream body = response.body()) {
                context.body(body);
                parser.parse(body, listener);
                quietly(listener::onClose);
            }
        } catch (HttpTimeoutException e) {
            quietly(() -> listener.onError(new TimeoutException(e)));
        } catch (Exception e) {
            quietly(() -> listener.onError(e));
        } finally {
            context.end();
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        URI uri = decorator.uri(URI.create(request.url()));
        context.sending(uri);
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(uri);
        request.headers().forEach((name, values) -> {
            if (decorator.keeps(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        decorator.headers().forEach(builder::header);
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        builder.method(request.method().name(), body);
        if (context.timeout() != null) {
            builder.timeout(context.timeout());
        }
        CompletableFuture<HttpResponse<InputStream>> future =
                jdk.sendAsync(builder.build(), info -> new QueueBodyStream());
        context.pending(future);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            if (context.abortReason() == null) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("request aborted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException timeout) {
                throw timeout;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : cause.getMessage(), cause);
        } catch (java.util.concurrent.CancellationException e) {
            throw new IOException("request aborted", e);
        }
    }

    private HttpException failure(HttpResponse<?> response, String body) {
        Duration retryAfter = RetryAfter.from(response.headers().map(), clock);
        context.failedWith(response.statusCode(), retryAfter, body);
        return new HttpException(response.statusCode(), body);
    }

    private static boolean isSuccessful(HttpResponse<?> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    private static String readBody(InputStream in, int limit) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(limit);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // a failing listener must not break the exchange
        }
    }
}
