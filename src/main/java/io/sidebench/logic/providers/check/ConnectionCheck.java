package io.sidebench.logic.providers.check;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import io.sidebench.model.ModelConfig;
import java.time.Duration;
import java.util.List;

/**
 * Sends one short request to a model and measures it: time to first token, speed after the first token,
 * or the one-line reason it failed. Shared by {@code sidebench models test} and the Models screen.
 */
public final class ConnectionCheck {
    public static final String PROMPT = "Reply with one short sentence: are you ready?";

    /**
     * What one test request showed.
     *
     * @param ttftMs          time to the first chunk (or e2e when nothing streamed)
     * @param firstAnswerMs   first non-reasoning chunk, when it came later than the first chunk; else null
     * @param tokensPerSecond after the first token; null when too few tokens to tell
     * @param error           null when ok, else the reason in a person's words (never a stack trace or a key)
     */
    public record Outcome(boolean ok, double ttftMs, Double firstAnswerMs, double e2eMs, int tokens,
                          boolean tokensEstimated, Double tokensPerSecond, String answer, String error) {
        static Outcome failed(String error) {
            return new Outcome(false, 0, null, 0, 0, false, null, "", error);
        }
    }

    private final ModelClientFactory clients;

    public ConnectionCheck(ModelClientFactory clients) {
        this.clients = clients;
    }

    public Outcome run(ModelConfig config, String prompt, Duration timeout) {
        ModelResult result;
        try (ModelClient client = clients.create(config)) {
            ChatRequest request = new ChatRequest(List.of(ChatMessage.user(prompt)), null, timeout, "ready");
            result = client.complete(request, StreamListener.NONE, CancelToken.none());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.failed(oneLine(e.getMessage()));
        }
        if (!result.isOk()) {
            return Outcome.failed(oneLine(result.error()));
        }
        List<Chunk> chunks = result.chunks();
        double ttft = chunks.isEmpty() ? result.e2eMs() : chunks.get(0).atMs();
        Double firstAnswer = chunks.stream().filter(c -> !c.reasoning()).map(Chunk::atMs).findFirst()
                .filter(at -> at > ttft).orElse(null);
        boolean estimated = result.outputTokens() == null;
        int tokens = estimated ? estimateTokens(result) : result.outputTokens();
        Double speed = tokens > 1 && result.e2eMs() > ttft ? (tokens - 1) / ((result.e2eMs() - ttft) / 1000.0) : null;
        String text = result.text() == null ? "" : result.text().replaceAll("\\s+", " ").trim();
        return new Outcome(true, ttft, firstAnswer, result.e2eMs(), tokens, estimated, speed,
                text.length() > 120 ? text.substring(0, 117) + "..." : text, null);
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    private static int estimateTokens(ModelResult result) {
        String all = (result.text() == null ? "" : result.text()) + (result.reasoning() == null ? "" : result.reasoning());
        return Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE).countTokens(all);
    }
}
