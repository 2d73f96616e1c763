package io.sidebench.logic.providers.lc4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Collects one streamed answer from LangChain4j: each piece with its arrival time (ms after sending),
 * reasoning apart from the answer, and the final response or error. After {@link #seal()} late pieces
 * are ignored, so a timed-out call's partial text stays as it was when the time ran out.
 */
final class StreamCollector implements StreamingChatResponseHandler {
    private final long sentAtNanos;
    private final StreamListener listener;
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<Chunk> chunks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private boolean sealed;
    private volatile ChatResponse response;
    private volatile Throwable error;

    StreamCollector(long sentAtNanos, StreamListener listener) {
        this.sentAtNanos = sentAtNanos;
        this.listener = listener;
    }

    @Override
    public void onPartialResponse(String piece) {
        add(piece, false);
    }

    @Override
    public void onPartialThinking(PartialThinking thinking) {
        add(thinking.text(), true);
    }

    private void add(String piece, boolean isReasoning) {
        if (piece == null || piece.isEmpty()) {
            return;
        }
        double atMs = (System.nanoTime() - sentAtNanos) / 1e6;
        synchronized (this) {
            if (sealed) {
                return;
            }
            chunks.add(new Chunk(atMs, piece, isReasoning));
            (isReasoning ? reasoning : text).append(piece);
        }
        listener.onChunk(piece, isReasoning, atMs);
    }

    @Override
    public void onCompleteResponse(ChatResponse complete) {
        response = complete;
        done.countDown();
    }

    @Override
    public void onError(Throwable failure) {
        if (error == null && response == null) {
            error = failure;
        }
        done.countDown();
    }

    boolean awaitUntil(long deadlineNanos) throws InterruptedException {
        return done.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    boolean isDone() {
        return done.getCount() == 0;
    }

    /** Stops accepting pieces; what arrived so far is the result. */
    synchronized void seal() {
        sealed = true;
    }

    ChatResponse response() {
        return error == null ? response : null;
    }

    Throwable error() {
        return error;
    }

    synchronized List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    synchronized String text() {
        return text.toString();
    }

    synchronized String reasoning() {
        return reasoning.toString();
    }

    long sentAtNanos() {
        return sentAtNanos;
    }
}
