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
    private final java.util.function.LongSupplier nanoClock;
    private final long startNanos;
    private volatile long handedOffNanos;
    private volatile boolean handedOff;
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
        this(timeout, System::nanoTime);
    }

    /**
     * @param nanoClock the call's clock ({@code System::nanoTime}; tests give a fake one): the call starts now by it,
     *                  and the hand-off of the request to its connection is taken from it
     */
    public CallContext(Duration timeout, java.util.function.LongSupplier nanoClock) {
        this.timeout = timeout;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** The call's clock. */
    public long nanoTime() {
        return nanoClock.getAsLong();
    }

    /**
     * When the request was handed to its connection (the JDK client began writing it on an open connection), by
     * the call's clock; when that never happened (the call failed before), when the call started. Every time of the
     * call (TTFT, chunk times, end to end) counts from here.
     */
    public long clockStartNanos() {
        return handedOff ? handedOffNanos : startNanos;
    }

    /** True once the request was handed to its connection. */
    public boolean wasHandedOff() {
        return handedOff;
    }

    /**
     * Records the hand-off: {@code again} is true when the JDK client is about to write the request's headers
     * (each attempt, so a request resent on a fresh connection after a stale pooled one counts from the resend),
     * false when it takes the body (only recorded when nothing was before).
     */
    synchronized void handedOff(boolean again) {
        if (again || !handedOff) {
            handedOffNanos = nanoClock.getAsLong();
            handedOff = true;
        }
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
