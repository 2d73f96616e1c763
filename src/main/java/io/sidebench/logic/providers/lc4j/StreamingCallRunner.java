package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.FailureMessages;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.http.CallContext;
import io.sidebench.logic.providers.http.CallContext.AbortReason;
import io.sidebench.logic.providers.http.MeasuredHttpClientBuilder;
import io.sidebench.logic.providers.http.RequestDecorator;
import io.sidebench.logic.providers.net.NetworkSettings;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.model.ModelParams;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one streamed call through a LangChain4j {@link StreamingChatModel} built for that call (so the
 * call's own {@link CallContext} sees the HTTP status and Retry-After), enforcing the timeout and cancel,
 * and turns what happened into a {@link ModelResult}. One per model client; thread-safe.
 */
public final class StreamingCallRunner {
    /** Builds the LangChain4j model for one call, on the given HTTP client. */
    @FunctionalInterface
    public interface ModelFactory {
        StreamingChatModel build(HttpClientBuilder http, Duration timeout);
    }

    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private final java.net.http.HttpClient jdk;
    private final ScheduledExecutorService timer;
    private final Duration defaultTimeout;
    private final SecretScrubber scrubber;
    private final Clock clock;
    private final String baseUrl;
    private final String keyVariable;
    private final RequestDecorator decorator;

    /**
     * @param baseUrl        decides the HTTP version: HTTP/1.1 for plain http (local servers), HTTP/2 for https
     * @param timer          fires timeouts; shared, never shut down by the runner
     * @param defaultTimeout used when a request has none
     */
    public StreamingCallRunner(String baseUrl, ScheduledExecutorService timer, Duration defaultTimeout,
                               SecretScrubber scrubber, Clock clock) {
        this(baseUrl, timer, defaultTimeout, scrubber, clock, null);
    }

    /** @param keyVariable the name of the key's variable (named when the key is refused), or null for none */
    public StreamingCallRunner(String baseUrl, ScheduledExecutorService timer, Duration defaultTimeout,
                               SecretScrubber scrubber, Clock clock, String keyVariable) {
        this(baseUrl, timer, defaultTimeout, scrubber, clock, keyVariable, NetworkSettings.jdkDefaults(),
                RequestDecorator.NONE);
    }

    /**
     * @param network   the proxy and trusted CAs for this model's connections
     * @param decorator extra headers and query parameters on every request (gateways, Azure)
     */
    public StreamingCallRunner(String baseUrl, ScheduledExecutorService timer, Duration defaultTimeout,
                               SecretScrubber scrubber, Clock clock, String keyVariable, NetworkSettings network,
                               RequestDecorator decorator) {
        this.baseUrl = baseUrl;
        this.decorator = decorator == null ? RequestDecorator.NONE : decorator;
        this.keyVariable = keyVariable;
        boolean plain = baseUrl != null && "http".equalsIgnoreCase(URI.create(baseUrl).getScheme());
        java.net.http.HttpClient.Builder http = java.net.http.HttpClient.newBuilder()
                .version(plain ? java.net.http.HttpClient.Version.HTTP_1_1 : java.net.http.HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL);
        if (plain) {
            // Local servers stream fast: hand each piece from the selector straight to the body queue instead of
            // through the client's worker pool (our subscriber never blocks). Measured on 2 cores at 32 streams:
            // ~30 % less client CPU per answer (docs/benchmarks.md). Remote https APIs keep the JDK's default.
            http.executor(Runnable::run);
        }
        this.jdk = (network == null ? NetworkSettings.jdkDefaults() : network).apply(http).build();
        this.timer = timer;
        this.defaultTimeout = defaultTimeout;
        this.scrubber = scrubber;
        this.clock = clock;
    }

    public SecretScrubber scrubber() {
        return scrubber;
    }

    public ModelResult run(ChatRequest request, ModelParams params, StreamListener listener, CancelToken cancel,
                           ModelFactory factory) {
        return run(request, params, listener, cancel, null, factory);
    }

    /** @param modelName the model the call asks for, named in the message when the server does not know it */
    public ModelResult run(ChatRequest request, ModelParams params, StreamListener listener, CancelToken cancel,
                           String modelName, ModelFactory factory) {
        FailureMessages.Target target = new FailureMessages.Target(baseUrl, modelName, keyVariable);
        Duration timeout = request.timeout() != null ? request.timeout() : defaultTimeout;
        CallContext context = new CallContext(timeout);
        if (cancel.isCancelled()) {
            return ModelResult.failed(FailureKind.CANCELLED, "cancelled before sending", "", List.of(),
                    System.nanoTime(), 0, 0, null);
        }
        StreamingChatModel model;
        try {
            model = factory.build(new MeasuredHttpClientBuilder(jdk, context, clock, decorator), timeout);
        } catch (RuntimeException e) {
            return ModelResult.failed(FailureKind.CLIENT_ERROR,
                    scrubber.scrub("invalid model settings: " + FailureClassifier.describe(e)), "", List.of(),
                    System.nanoTime(), 0, 0, null);
        }
        dev.langchain4j.model.chat.request.ChatRequest lcRequest = Lc4jMessages.toRequest(request, params);
        long sent = System.nanoTime();
        StreamCollector collector = new StreamCollector(sent, listener);
        ScheduledFuture<?> alarm = timer.schedule(() -> context.abort(AbortReason.TIMEOUT), timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        cancel.whenCancelled(() -> context.abort(AbortReason.CANCELLED));
        try {
            model.chat(lcRequest, collector);
            if (!collector.isDone() && !context.transportFinished()) {
                // the model handed the exchange to another thread: wait for it (the alarm aborts it in time)
                collector.awaitUntil(sent + timeout.toNanos() + GRACE_NANOS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            collector.onError(e);
        } finally {
            alarm.cancel(false);
        }
        boolean interrupted = Thread.currentThread().isInterrupted() && context.abortReason() == null;
        if (!collector.isDone() && !context.transportFinished()) {
            context.abort(AbortReason.TIMEOUT);
        }
        collector.seal();
        if (interrupted) {
            context.abort(AbortReason.CANCELLED);
        }
        return result(collector, context, (System.nanoTime() - sent) / 1e6, timeout, interrupted, target);
    }

    private ModelResult result(StreamCollector collector, CallContext context, double e2eMs, Duration timeout,
                               boolean interrupted, FailureMessages.Target target) {
        String text = collector.text();
        String reasoning = collector.reasoning();
        ChatResponse response = collector.response();
        if (response != null) {
            AiMessage message = response.aiMessage();
            if (text.isEmpty() && message != null && message.text() != null) {
                text = message.text();
            }
            if (reasoning.isEmpty() && message != null && message.thinking() != null) {
                reasoning = message.thinking();
            }
            TokenUsage usage = response.tokenUsage();
            return new ModelResult(text, reasoning.isEmpty() ? null : reasoning, collector.chunks(),
                    collector.sentAtNanos(), e2eMs, usage == null ? null : usage.inputTokenCount(),
                    usage == null ? null : usage.outputTokenCount(), null, null, 0, null);
        }
        FailureKind kind;
        String message;
        int status = context.httpStatus();
        AbortReason abort = context.abortReason();
        if (abort == AbortReason.CANCELLED || interrupted) {
            kind = FailureKind.CANCELLED;
            message = "cancelled";
        } else if (abort == AbortReason.TIMEOUT) {
            kind = FailureKind.TIMEOUT;
            message = FailureMessages.timedOut(timeout, !collector.chunks().isEmpty(), target, context.requestUri());
        } else if (status != 0) {
            kind = FailureClassifier.forStatus(status);
            message = FailureMessages.forStatus(status, FailureClassifier.reasonFromBody(context.errorBody()),
                    context.retryAfter(), target, context.requestUri());
        } else if (collector.error() != null) {
            kind = FailureClassifier.forThrowable(collector.error());
            message = NetworkSettings.withTrustHint(FailureMessages.forException(collector.error(), kind,
                    !collector.chunks().isEmpty(), timeout, target, context.requestUri()));
        } else {
            kind = FailureKind.BAD_RESPONSE;
            message = "the answer stream from " + target.address(context.requestUri()) + " ended before it was complete";
        }
        return new ModelResult(text, reasoning.isEmpty() ? null : reasoning, collector.chunks(),
                collector.sentAtNanos(), e2eMs, null, null, kind, scrubber.scrub(message), status,
                context.retryAfter());
    }
}
