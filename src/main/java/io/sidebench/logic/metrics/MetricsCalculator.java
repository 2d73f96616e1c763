package io.sidebench.logic.metrics;

import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.model.Chunk;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelProfile;
import java.util.List;

/**
 * Computes a completion's speed figures from the client's view, as LLM benchmark tools (vLLM's
 * benchmark_serving, LLMPerf, GenAI-Perf) define them:
 * <ul>
 * <li>TTFT: arrival of the first non-empty chunk of any kind (reasoning included);</li>
 * <li>TTFA: arrival of the first non-empty visible answer chunk;</li>
 * <li>e2e: the whole request, as the client measured it;</li>
 * <li>output tokens: the API's usage, else counted with cl100k_base over answer and reasoning text
 * (flagged as estimated);</li>
 * <li>TPOT = (e2e - TTFT) / (tokens - 1), undefined below two tokens;</li>
 * <li>inter-token latency p50/p95: gaps between consecutive chunk arrivals (a chunk may carry several
 * tokens; this is what a client can observe);</li>
 * <li>tokens/s = output tokens / e2e seconds; chars/s = answer characters (code points) / e2e seconds;</li>
 * <li>cost from the profile's prices per million tokens (input tokens estimated from the messages when the
 * API did not report them), {@code null} when a price is unknown.</li>
 * </ul>
 * Failed calls get the figures their partial answer allows.
 */
public final class MetricsCalculator {
    private final TokenCounter tokens;

    public MetricsCalculator(TokenCounter tokens) {
        this.tokens = tokens;
    }

    /** A calculator counting missing tokens with cl100k_base. */
    public static MetricsCalculator withCl100k() {
        return new MetricsCalculator(new Cl100kTokenCounter());
    }

    /**
     * @param messages the request's messages, to estimate input tokens when the API did not say; may be empty
     */
    public Metrics compute(ModelResult result, List<ChatMessage> messages, ModelProfile profile) {
        List<Chunk> chunks = result.chunks().stream().filter(c -> c.text() != null && !c.text().isEmpty()).toList();
        Double ttft = chunks.isEmpty() ? null : chunks.get(0).atMs();
        Double ttfa = chunks.stream().filter(c -> !c.reasoning()).map(Chunk::atMs).findFirst().orElse(null);
        double e2e = result.e2eMs();

        boolean estimated = result.outputTokens() == null;
        int outputTokens = estimated ? estimateOutput(result) : result.outputTokens();
        Integer inputTokens = result.inputTokens();
        if (inputTokens == null && messages != null && !messages.isEmpty()) {
            inputTokens = messages.stream().mapToInt(m -> tokens.count(m.text())).sum();
        }

        Double tpot = ttft != null && outputTokens >= 2 ? (e2e - ttft) / (outputTokens - 1) : null;
        double[] gaps = new double[Math.max(0, chunks.size() - 1)];
        for (int i = 1; i < chunks.size(); i++) {
            gaps[i - 1] = chunks.get(i).atMs() - chunks.get(i - 1).atMs();
        }
        Double itlP50 = Percentiles.of(gaps, 50);
        Double itlP95 = Percentiles.of(gaps, 95);
        Double seconds = e2e > 0 ? e2e / 1000.0 : null;
        Double tokensPerSecond = seconds == null ? null : outputTokens / seconds;
        Double charsPerSecond = seconds == null ? null : result.text().codePointCount(0, result.text().length()) / seconds;
        Double cost = profile == null || inputTokens == null ? null : profile.cost(inputTokens, outputTokens);
        return new Metrics(ttft, ttfa, e2e, inputTokens, outputTokens, estimated, tpot, itlP50, itlP95,
                tokensPerSecond, charsPerSecond, cost);
    }

    private int estimateOutput(ModelResult result) {
        String reasoning = result.reasoning();
        return tokens.count(result.text()) + (reasoning == null ? 0 : tokens.count(reasoning));
    }
}
