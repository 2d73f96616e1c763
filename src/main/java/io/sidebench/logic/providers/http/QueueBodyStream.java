package io.sidebench.logic.providers.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A response body readable as a stream as soon as the headers arrive, which (unlike the JDK's own
 * {@code ofInputStream}) wakes a blocked reader at once when closed from another thread, and turns an
 * interrupt of the reading thread into an {@link InterruptedIOException} with the interrupt flag kept.
 */
final class QueueBodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    /** Markers compared by identity (List.of() is one shared instance, so these are distinct lists). */
    private static final List<ByteBuffer> END = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());
    private static final List<ByteBuffer> CLOSED = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());
    private final LinkedBlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile Throwable failure;
    private volatile boolean closed;
    private Iterator<ByteBuffer> pending = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private boolean ended;

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        failure = throwable;
        queue.add(END);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    private boolean advance() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (pending.hasNext()) {
                current = pending.next();
                continue;
            }
            if (ended) {
                return false;
            }
            if (closed) {
                throw new IOException("response body closed");
            }
            List<ByteBuffer> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the response");
            }
            if (next == CLOSED || closed) {
                throw new IOException("response body closed");
            }
            if (next == END) {
                ended = true;
                if (failure != null) {
                    throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
                }
                return false;
            }
            pending = next.iterator();
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return advance() ? current.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(length, current.remaining());
        current.get(buffer, offset, n);
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.remaining();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        queue.add(CLOSED);
    }
}
