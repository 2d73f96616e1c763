package io.sidebench.logic.providers.http;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;

/** Hands LangChain4j a {@link MeasuredHttpClient} bound to one call's {@link CallContext}. */
public final class MeasuredHttpClientBuilder implements HttpClientBuilder {
    private final java.net.http.HttpClient jdk;
    private final CallContext context;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;
    private final RequestDecorator decorator;

    public MeasuredHttpClientBuilder(java.net.http.HttpClient jdk, CallContext context, Clock clock) {
        this(jdk, context, clock, RequestDecorator.NONE);
    }

    public MeasuredHttpClientBuilder(java.net.http.HttpClient jdk, CallContext context, Clock clock,
                                     RequestDecorator decorator) {
        this.jdk = jdk;
        this.context = context;
        this.clock = clock;
        this.decorator = decorator;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new MeasuredHttpClient(jdk, context, clock, decorator);
    }
}
