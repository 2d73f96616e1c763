package io.sidebench.testsupport;

import io.sidebench.testsupport.RecordedRequest.Api;
import java.io.IOException;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Answers one chat request following its {@link StubScript}, writing tokens at their deadlines. */
final class StubStreamer {
    private final StubLlmServer server;
    private final Socket socket;
    private final StubWire wire;
    private final RecordedRequest record;
    private final StubScript script;
    private final StubFormat format;
    private final String model;

    StubStreamer(StubLlmServer server, Socket socket, StubWire wire, RecordedRequest record, StubScript script) {
        this.server = server;
        this.socket = socket;
        this.wire = wire;
        this.record = record;
        this.script = script;
        this.format = switch (record.api()) {
            case OLLAMA -> StubFormat.OLLAMA;
            case ANTHROPIC -> StubFormat.ANTHROPIC;
            case GEMINI -> StubFormat.GEMINI;
            default -> StubFormat.OPENAI;
        };
        this.model = record.model().isEmpty() ? "stub-model" : record.model();
    }

    /** Returns whether the connection may serve another request. */
    boolean answer(boolean keepAlive) throws IOException {
        try {
            return answerScripted(keepAlive);
        } catch (IOException e) {
            record.finish("client gone");
            throw e;
        }
    }

    private boolean answerScripted(boolean keepAlive) throws IOException {
        switch (script.fault()) {
            case STATUS -> {
                Map<String, String> headers = script.retryAfter() == null ? Map.of()
                        : Map.of("Retry-After", script.retryAfter());
                wire.writeFull(script.status(), "application/json", headers, format.errorBody(script.status(), StubFormat.errorMessage(script.status(), record)),
                        keepAlive);
                record.finish("status " + script.status());
                return true;
            }
            case HANG -> {
                record.finish("hang");
                wire.awaitClientGone();
                return false;
            }
            default -> {
                return record.stream() ? stream() : whole(keepAlive);
            }
        }
    }

    private int totalTokens() {
        return script.reasoningTokens() + script.answerTokenCount();
    }

    private boolean whole(boolean keepAlive) throws IOException {
        int total = totalTokens();
        parkUntil(record.receivedNanos() + script.dueNanos(Math.max(0, total - 1)));
        if (script.fault() == StubScript.Fault.RESET) {
            reset();
            return false;
        }
        if (script.fault() == StubScript.Fault.STALL) {
            record.finish("stall");
            wire.awaitClientGone();
            return false;
        }
        if (script.fault() == StubScript.Fault.MALFORMED) {
            wire.writeFull(200, "application/json", Map.of(), "{\"choices\":[{\"message\":", keepAlive);
            record.finish("malformed");
            return true;
        }
        for (int i = 0; i < total; i++) {
            record.tokenWritten();
        }
        wire.writeFull(200, "application/json", Map.of(), format.fullBody(model, script.fullAnswer(),
                script.fullReasoning(), script.usage(), promptTokens(), script.reasoningTokens(),
                script.answerTokenCount()), keepAlive);
        record.finish("ok");
        return true;
    }

    private boolean stream() throws IOException {
        wire.writeStreamHead(format.streamContentType());
        for (String event : format.openEvents(model, promptTokens(), script.reasoningTokens())) {
            wire.writeChunk(event);
        }
        int total = totalTokens();
        boolean faulty = script.fault() != StubScript.Fault.NONE;
        int stopAt = faulty ? Math.min(script.faultAfterTokens(), total) : total;
        for (int i = 0; i < stopAt; i++) {
            parkUntil(record.receivedNanos() + script.dueNanos(i));
            boolean reasoning = i < script.reasoningTokens();
            String piece = reasoning ? script.reasoningPiece(i) : script.answerPiece(i - script.reasoningTokens());
            wire.writeChunk(String.join("", format.tokenEvents(model, piece, reasoning, i,
                    script.reasoningTokens())));
            record.tokenWritten();
        }
        switch (script.fault()) {
            case RESET -> {
                // reset when the next token would be due, giving the client time to read the ones sent
                parkUntil(record.receivedNanos() + script.dueNanos(stopAt));
                reset();
                return false;
            }
            case STALL -> {
                record.finish("stall");
                wire.awaitClientGone();
                return false;
            }
            case MALFORMED -> {
                for (String event : format.malformedEvents()) {
                    wire.writeChunk(event);
                }
                wire.endChunks();
                record.finish("malformed");
                return true;
            }
            default -> {
                boolean usage = script.usage() && (record.api() != Api.OPENAI
                        || record.json().path("stream_options").path("include_usage").asBoolean(false));
                for (String event : format.finishEvents(model, usage, promptTokens(), script.reasoningTokens(),
                        script.answerTokenCount())) {
                    wire.writeChunk(event);
                }
                wire.endChunks();
                record.finish("ok");
                return true;
            }
        }
    }

    /** Closes the socket with a TCP reset (SO_LINGER 0). */
    private void reset() throws IOException {
        record.finish("reset");
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Prompt tokens as whitespace-separated words of all messages (a stand-in for a tokenizer). */
    private int promptTokens() {
        int words = 0;
        for (Map.Entry<String, String> message : record.messages()) {
            String text = message.getValue().trim();
            words += text.isEmpty() ? 0 : text.split("\\s+").length;
        }
        return words;
    }

    private void parkUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0 && !server.isClosed()) {
            LockSupport.parkNanos(left);
        }
    }
}
