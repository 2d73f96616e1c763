package io.sidebench.logic.scoring;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A judge that answers from a function of the prompt it receives; {@code null} means a failed call. */
final class FakeModelClient implements ModelClient {
    final List<ChatRequest> requests = new ArrayList<>();
    private final Function<String, String> replies;

    FakeModelClient(Function<String, String> replies) {
        this.replies = replies;
    }

    @Override
    public synchronized ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        requests.add(request);
        String reply = replies.apply(request.messages().get(request.messages().size() - 1).text());
        if (reply == null) {
            return ModelResult.failed(FailureKind.TIMEOUT, "no answer in 180 s", "", List.of(), 0, 180_000, 0, null);
        }
        listener.onChunk(reply, false, 1.0);
        return new ModelResult(reply, null, List.of(), 0, 1.0, 10, 10, null, null, 200, null);
    }
}
