package io.sidebench.logic.providers.bedrock;

import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Feeds AWS event-stream messages to a LangChain4j stream listener as events named by their
 * {@code :event-type} (payload = the JSON data); an exception message becomes an event named
 * {@code exception:<:exception-type>}. Each event is handed on as soon as its frame is complete, so chunk
 * times are measured as for SSE.
 */
final class EventStreamParser implements ServerSentEventParser {
    static final String EXCEPTION_PREFIX = "exception:";

    @Override
    public void parse(InputStream stream, ServerSentEventListener listener) {
        EventStreamDecoder decoder = new EventStreamDecoder(stream);
        try {
            for (EventStreamDecoder.Message m = decoder.next(); m != null; m = decoder.next()) {
                String kind = m.header(":message-type");
                if ("exception".equals(kind) || "error".equals(kind)) {
                    String type = m.header(":exception-type") != null ? m.header(":exception-type") : m.header(":error-code");
                    String payload = m.payload().length == 0 ? "{\"message\":\"" + (m.header(":error-message") == null ? ""
                            : m.header(":error-message").replace("\"", "'")) + "\"}" : m.payloadText();
                    listener.onEvent(new ServerSentEvent(EXCEPTION_PREFIX + type, payload));
                    return;
                }
                listener.onEvent(new ServerSentEvent(m.header(":event-type"), m.payloadText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
