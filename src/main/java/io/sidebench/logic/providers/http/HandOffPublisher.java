package io.sidebench.logic.providers.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that tells the call's {@link CallContext} when the JDK client starts writing the request on a
 * ready connection: it asks the body's length just before it writes the request's headers, and subscribes to the
 * body right after, both only once the connection is open (TCP, TLS, a proxy's tunnel). That moment starts the
 * call's clock, so neither the time a call waited to be scheduled nor the connection's set-up counts in its
 * TTFT.
 */
final class HandOffPublisher implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher body;
    private final CallContext context;

    HandOffPublisher(HttpRequest.BodyPublisher body, CallContext context) {
        this.body = body;
        this.context = context;
    }

    @Override
    public long contentLength() {
        context.handedOff(true);
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        context.handedOff(false);
        body.subscribe(subscriber);
    }
}
