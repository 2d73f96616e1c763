package io.sidebench.logic.providers.http;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * What the HTTP layer learns about one model call that LangChain4j does not pass on (the status and
 * Retry-After of a failed response), and the handle to abort the call (on timeout or cancel) from
 * another thread. One context per call; thread-safe.
 */
public final class CallContext {
    /** Why a call was aborted from outside. */
    public enum AbortReason { TIMEOUT, CANCELLED }

    private final Duration timeout;
    private volatile int httpStatus;
    private volatile Duration retryAfter;
    private volatile String errorBody;
    private volatile AbortReason abortReason;
    private volatile boolean transportFinished;
    private volatile java.net.URI requestUri;

    private Thread worker;
    private Future<?> pending;
    private InputStream body;
    private boolean done;

    public CallContext(Duration timeout) {
        this.timeout = timeout;
    }

    /** The whole call's time limit (also the HTTP request timeout). */
    public Duration timeout() {
        return timeout;
    }

    /** HTTP status of a failed response, 0 when none was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The server's Retry-After (seconds, HTTP date, or OpenAI's retry-after-ms), {@code null} when absent. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The body of a failed response (for the error message), {@code null} when none. */
    public String errorBody() {
        return errorBody;
    }

    public AbortReason abortReason() {
        return abortReason;
    }

    /** True once the HTTP exchange has ended (normally, by error, or by abort). */
    public boolean transportFinished() {
        return transportFinished;
    }

    /** The address the request went to ({@code null} before it was sent), for error messages. */
    public java.net.URI requestUri() {
        return requestUri;
    }

    void sending(java.net.URI uri) {
        this.requestUri = uri;
    }

    void failedWith(int status, Duration retryAfterValue, String bodyText) {
        this.httpStatus = status;
        this.retryAfter = retryAfterValue;
        this.errorBody = bodyText;
    }

    /** Registers the thread doing the I/O; returns false when the call was already aborted. */
    synchronized boolean begin(Thread thread) {
        if (abortReason != null) {
            return false;
        }
        worker = thread;
        return true;
    }

    synchronized void pending(Future<?> future) {
        pending = future;
        if (abortReason != null) {
            future.cancel(true);
        }
    }

    synchronized void body(InputStream stream) {
        body = stream;
        if (abortReason != null) {
            try {
                stream.close();
            } catch (Exception ignored) {
                // aborting anyway
            }
        }
    }

    /** Ends the I/O part; clears any interrupt this context sent to the calling thread. */
    void end() {
        synchronized (this) {
            done = true;
            worker = null;
            pending = null;
            body = null;
            transportFinished = true;
        }
        if (abortReason != null) {
            Thread.interrupted();
        }
    }

    /**
     * Aborts the call: cancels the pending exchange, closes the body and interrupts the I/O thread (only
     * while it is still inside this call). The first reason wins; a call already finished is left alone.
     */
    public void abort(AbortReason reason) {
        Thread toInterrupt;
        Future<?> toCancel;
        InputStream toClose;
        synchronized (this) {
            if (abortReason != null || done) {
                return;
            }
            abortReason = reason;
            toInterrupt = worker;
            toCancel = pending;
            toClose = body;
            if (toInterrupt != null) {
                toInterrupt.interrupt();
            }
        }
        if (toCancel != null) {
            toCancel.cancel(true);
        }
        if (toClose != null) {
            try {
                toClose.close();
            } catch (Exception ignored) {
                // aborting anyway
            }
        }
    }
}
