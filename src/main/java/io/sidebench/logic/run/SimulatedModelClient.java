package io.sidebench.logic.run;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * An in-process model for benchmarks of the engine's overhead: no network, the first token after
 * {@code ttftMs}, then one token every {@code 1000 / tokensPerSecond} ms, each written at its exact deadline
 * from the moment of the request (so the client's own delays do not accumulate). Never offered as a model.
 */
public final class SimulatedModelClient implements ModelClient {
    private final double ttftMs;
    private final double tokensPerSecond;
    private final int tokens;

    public SimulatedModelClient(double ttftMs, double tokensPerSecond, int tokens) {
        if (tokens < 1 || tokensPerSecond <= 0 || ttftMs < 0) {
            throw new IllegalArgumentException("a simulated model needs a positive token count and rate");
        }
        this.ttftMs = ttftMs;
        this.tokensPerSecond = tokensPerSecond;
        this.tokens = tokens;
    }

    /** The time one answer takes, in milliseconds. */
    public double answerMillis() {
        return ttftMs + (tokens - 1) * 1000.0 / tokensPerSecond;
    }

    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        long sent = System.nanoTime();
        List<Chunk> chunks = new ArrayList<>(tokens);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            long deadline = sent + (long) ((ttftMs + i * 1000.0 / tokensPerSecond) * 1e6);
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                if (cancel.isCancelled()) {
                    double at = (System.nanoTime() - sent) / 1e6;
                    return ModelResult.failed(FailureKind.CANCELLED, "cancelled", text.toString(), chunks, sent, at, 0, null);
                }
                LockSupport.parkNanos(Math.min(left, 50_000_000L));
            }
            String piece = i == 0 ? "tok" : " tok";
            double at = (System.nanoTime() - sent) / 1e6;
            chunks.add(new Chunk(at, piece, false));
            text.append(piece);
            listener.onChunk(piece, false, at);
        }
        double e2e = (System.nanoTime() - sent) / 1e6;
        int input = request.messages().stream().mapToInt(m -> m.text().length() / 4 + 1).sum();
        return new ModelResult(text.toString(), null, chunks, sent, e2e, input, tokens, null, null, 0, null);
    }
}
