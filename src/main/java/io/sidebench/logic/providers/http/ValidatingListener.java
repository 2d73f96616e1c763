package io.sidebench.logic.providers.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import io.sidebench.logic.util.Json;
import java.io.IOException;

/**
 * Checks that every streamed event is well-formed JSON before LangChain4j sees it. Some LangChain4j
 * models swallow a chunk they cannot parse and report the truncated answer as complete; this turns such
 * a chunk into an error (and stops reading) for every provider alike.
 */
final class ValidatingListener implements ServerSentEventListener {
    private final ServerSentEventListener delegate;
    private volatile boolean broken;

    ValidatingListener(ServerSentEventListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        delegate.onOpen(response);
    }

    @Override
    public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
        if (broken) {
            return;
        }
        if (!wellFormed(event.data())) {
            broken = true;
            context.parsingHandle().cancel();
            delegate.onError(new MalformedChunkException("malformed chunk in the answer stream: " + preview(event.data())));
            return;
        }
        delegate.onEvent(event, context);
    }

    @Override
    public void onEvent(ServerSentEvent event) {
        if (broken) {
            return;
        }
        if (!wellFormed(event.data())) {
            broken = true;
            delegate.onError(new MalformedChunkException("malformed chunk in the answer stream: " + preview(event.data())));
            return;
        }
        delegate.onEvent(event);
    }

    @Override
    public void onError(Throwable error) {
        if (!broken) {
            delegate.onError(error);
        }
    }

    @Override
    public void onClose() {
        if (!broken) {
            delegate.onClose();
        }
    }

    boolean broken() {
        return broken;
    }

    static boolean wellFormed(String data) {
        if (data == null) {
            return true;
        }
        String text = data.strip();
        if (text.isEmpty() || text.equals("[DONE]")) {
            return true;
        }
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String preview(String data) {
        String flat = data.replaceAll("\\s+", " ").strip();
        return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
    }
}
