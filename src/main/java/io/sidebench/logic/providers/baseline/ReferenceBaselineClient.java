package io.sidebench.logic.providers.baseline;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import java.util.List;

/**
 * A baseline, not a model: answers with the prompt's reference answer, the upper bound of any
 * reference-based score. A prompt without a reference fails as a client error.
 */
public final class ReferenceBaselineClient implements ModelClient {
    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        long sent = System.nanoTime();
        if (cancel.isCancelled()) {
            return ModelResult.failed(FailureKind.CANCELLED, "cancelled", "", List.of(), sent, 0, 0, null);
        }
        String reference = request.reference();
        if (reference == null || reference.isBlank()) {
            return ModelResult.failed(FailureKind.CLIENT_ERROR, "the prompt has no reference answer", "", List.of(),
                    sent, 0, 0, null);
        }
        double atMs = (System.nanoTime() - sent) / 1e6;
        listener.onChunk(reference, false, atMs);
        return new ModelResult(reference, null, List.of(new Chunk(atMs, reference, false)), sent, atMs, null, null,
                null, null, 0, null);
    }
}
