package io.sidebench.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * How the {@link StubLlmServer} answers one request: timing of the stream (time to first token, tokens
 * per second, number of tokens, reasoning tokens streamed first) and an optional fault. Immutable; the
 * {@code with...} style methods return changed copies.
 *
 * <p>Timing: the first streamed token (reasoning or answer) is written {@code ttftMs} after the request
 * body has been read; token {@code i} (counting reasoning then answer tokens from 0) at
 * {@code ttftMs + i * 1000 / tokensPerSecond}.
 *
 * @param ttftMs            milliseconds from request to the first token
 * @param tokensPerSecond   rate of the following tokens
 * @param tokens            answer tokens (ignored when {@code answerPieces} is given)
 * @param reasoningTokens   reasoning tokens sent before the answer (OpenAI {@code delta.reasoning_content},
 *                          Ollama {@code message.thinking})
 * @param answerPieces      exact answer token texts, or {@code null} for generated {@code "t0 ", "t1 ", ...}
 * @param fault             what goes wrong, {@link Fault#NONE} for a good answer
 * @param status            HTTP status for {@link Fault#STATUS}
 * @param retryAfter        Retry-After header value for {@link Fault#STATUS}, {@code null} for none
 * @param faultAfterTokens  tokens written before a RESET / MALFORMED / STALL fault
 * @param usage             whether the final chunk reports token usage (when the client asked for it)
 */
public record StubScript(long ttftMs, double tokensPerSecond, int tokens, int reasoningTokens,
                         List<String> answerPieces, Fault fault, int status, String retryAfter,
                         int faultAfterTokens, boolean usage) {

    /** What goes wrong with a request. */
    public enum Fault {
        /** A complete, good answer. */
        NONE,
        /** An HTTP error status (429, 500, 503, 401, 404...) with a JSON error body, before any token. */
        STATUS,
        /** The connection is reset (TCP RST) after {@code faultAfterTokens} tokens. */
        RESET,
        /** After {@code faultAfterTokens} tokens a malformed (non-JSON) chunk is sent, then the stream ends. */
        MALFORMED,
        /** The request is read and never answered (not even headers); the connection stays open. */
        HANG,
        /** Headers and {@code faultAfterTokens} tokens are sent, then nothing more; the connection stays open. */
        STALL
    }

    public StubScript {
        answerPieces = answerPieces == null ? null : List.copyOf(answerPieces);
        if (tokensPerSecond <= 0) {
            throw new IllegalArgumentException("tokensPerSecond must be positive");
        }
    }

    /** A good answer: 20 ms to first token, 200 tokens/s, 10 tokens, usage reported. */
    public static StubScript ok() {
        return new StubScript(20, 200, 10, 0, null, Fault.NONE, 200, null, 0, true);
    }

    /** An HTTP error status with no Retry-After. */
    public static StubScript status(int code) {
        return ok().withFault(Fault.STATUS, 0).withStatus(code, null);
    }

    /** HTTP 429; {@code retryAfter} is the header value (e.g. "1"), or {@code null} to send none. */
    public static StubScript rateLimited(String retryAfter) {
        return ok().withFault(Fault.STATUS, 0).withStatus(429, retryAfter);
    }

    /** HTTP 500. */
    public static StubScript serverError() {
        return status(500);
    }

    /** HTTP 503, optionally with Retry-After. */
    public static StubScript unavailable(String retryAfter) {
        return ok().withFault(Fault.STATUS, 0).withStatus(503, retryAfter);
    }

    /** Reads the request and never answers. */
    public static StubScript hang() {
        return ok().withFault(Fault.HANG, 0);
    }

    public StubScript ttft(long ms) {
        return new StubScript(ms, tokensPerSecond, tokens, reasoningTokens, answerPieces, fault, status, retryAfter,
                faultAfterTokens, usage);
    }

    public StubScript rate(double perSecond) {
        return new StubScript(ttftMs, perSecond, tokens, reasoningTokens, answerPieces, fault, status, retryAfter,
                faultAfterTokens, usage);
    }

    public StubScript tokens(int count) {
        return new StubScript(ttftMs, tokensPerSecond, count, reasoningTokens, null, fault, status, retryAfter,
                faultAfterTokens, usage);
    }

    public StubScript reasoning(int count) {
        return new StubScript(ttftMs, tokensPerSecond, tokens, count, answerPieces, fault, status, retryAfter,
                faultAfterTokens, usage);
    }

    /** Streams exactly these pieces as the answer tokens. */
    public StubScript answer(String... pieces) {
        return new StubScript(ttftMs, tokensPerSecond, pieces.length, reasoningTokens, Arrays.asList(pieces), fault,
                status, retryAfter, faultAfterTokens, usage);
    }

    /** Streams {@code text} split after each space, so "a b c" is the tokens "a ", "b ", "c". */
    public StubScript answerText(String text) {
        return answer(text.split("(?<= )"));
    }

    public StubScript withoutUsage() {
        return new StubScript(ttftMs, tokensPerSecond, tokens, reasoningTokens, answerPieces, fault, status,
                retryAfter, faultAfterTokens, false);
    }

    /** Resets the connection after {@code afterTokens} tokens. */
    public StubScript resetAfter(int afterTokens) {
        return withFault(Fault.RESET, afterTokens);
    }

    /** Sends a malformed chunk after {@code afterTokens} tokens, then ends the stream. */
    public StubScript malformedAfter(int afterTokens) {
        return withFault(Fault.MALFORMED, afterTokens);
    }

    /** Stops sending (without closing) after {@code afterTokens} tokens. */
    public StubScript stallAfter(int afterTokens) {
        return withFault(Fault.STALL, afterTokens);
    }

    public StubScript withFault(Fault newFault, int afterTokens) {
        return new StubScript(ttftMs, tokensPerSecond, tokens, reasoningTokens, answerPieces, newFault, status,
                retryAfter, afterTokens, usage);
    }

    public StubScript withStatus(int code, String retryAfterValue) {
        return new StubScript(ttftMs, tokensPerSecond, tokens, reasoningTokens, answerPieces, fault, code,
                retryAfterValue, faultAfterTokens, usage);
    }

    /** Number of answer tokens this script streams. */
    public int answerTokenCount() {
        return answerPieces != null ? answerPieces.size() : tokens;
    }

    /** The text of answer token {@code i}. */
    public String answerPiece(int i) {
        return answerPieces != null ? answerPieces.get(i) : "t" + i + " ";
    }

    /** The text of reasoning token {@code i}. */
    public String reasoningPiece(int i) {
        return "r" + i + " ";
    }

    /** The whole answer text a good request receives. */
    public String fullAnswer() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answerTokenCount(); i++) {
            out.append(answerPiece(i));
        }
        return out.toString();
    }

    /** The whole reasoning text a good request receives. */
    public String fullReasoning() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reasoningTokens; i++) {
            out.append(reasoningPiece(i));
        }
        return out.toString();
    }

    /** Nanoseconds after the request at which token {@code i} (reasoning first, then answer) is due. */
    public long dueNanos(int i) {
        return ttftMs * 1_000_000L + Math.round(i * 1e9 / tokensPerSecond);
    }
}
