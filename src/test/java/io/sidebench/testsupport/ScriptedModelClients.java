package io.sidebench.testsupport;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import io.sidebench.model.ModelConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client factory whose clients answer from a script, in memory and at once, recording every request.
 * By default a model answers "MODEL: last user text" in two chunks with API usage.
 */
public final class ScriptedModelClients implements ModelClientFactory {

    /** Decides one answer. {@code call} counts requests with the same model and messages, from 1. */
    @FunctionalInterface
    public interface Script {
        ModelResult answer(ModelConfig model, ChatRequest request, int call, StreamListener listener, CancelToken cancel);
    }

    /** One request as the fake saw it. */
    public record Request(String model, List<ChatMessage> messages) {
        public String lastUser() {
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i).role() == ChatMessage.Role.USER) {
                    return messages.get(i).text();
                }
            }
            return null;
        }
    }

    private final Script script;
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Request, AtomicInteger> counts = new ConcurrentHashMap<>();
    public final AtomicInteger created = new AtomicInteger();
    public final AtomicInteger closed = new AtomicInteger();

    public ScriptedModelClients(Script script) {
        this.script = script;
    }

    public static ScriptedModelClients echo() {
        return new ScriptedModelClients((m, r, call, l, c) -> answer(m.name() + ": " + last(r), l));
    }

    public static String last(ChatRequest r) {
        return new Request("", r.messages()).lastUser();
    }

    /** A successful answer streamed in two chunks at 10 and 20 ms, e2e 30 ms, 2 tokens out. */
    public static ModelResult answer(String text, StreamListener listener) {
        int half = text.length() / 2;
        List<Chunk> chunks = List.of(new Chunk(10, text.substring(0, half), false), new Chunk(20, text.substring(half), false));
        chunks.forEach(c -> listener.onChunk(c.text(), false, c.atMs()));
        return new ModelResult(text, null, chunks, System.nanoTime(), 30, 5, 2, null, null, 0, null);
    }

    public int requestsFor(String model, String lastUser) {
        return (int) requests.stream().filter(r -> r.model().equals(model) && lastUser.equals(r.lastUser())).count();
    }

    @Override
    public ModelClient create(ModelConfig config) {
        created.incrementAndGet();
        return new ModelClient() {
            @Override
            public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
                Request seen = new Request(config.name(), request.messages());
                requests.add(seen);
                int call = counts.computeIfAbsent(seen, k -> new AtomicInteger()).incrementAndGet();
                return script.answer(config, request, call, listener, cancel);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
