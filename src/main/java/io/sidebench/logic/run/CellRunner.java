package io.sidebench.logic.run;

import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureMessages;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers one cell: the prompt's turns one by one, each request carrying the model's own earlier answers,
 * through the scheduler (or the response cache). Builds the completion, or the recorded error with the
 * partial text, that the engine commits. Speed figures describe the last turn; cost covers all turns.
 */
final class CellRunner {
    private static final int DEFAULT_OUTPUT_ESTIMATE = 256;

    private final ModelClient client;
    private final ModelConfig model;
    private final ResponseCache cache;
    private final MetricsCalculator metrics;
    private final RunProgressListener listener;
    private final AttemptCounter attempts;

    /** Told of every attempt as it starts (attempt numbers from 1; later ones are retries). */
    @FunctionalInterface
    interface AttemptCounter {
        void attempted(long modelId, int attempt);
    }

    /** @param cache {@code null} when answers must not come from or go to the cache */
    CellRunner(ModelClient client, ModelConfig model, ResponseCache cache, MetricsCalculator metrics,
               RunProgressListener listener, AttemptCounter attempts) {
        this.client = client;
        this.model = model;
        this.cache = cache;
        this.metrics = metrics;
        this.listener = listener;
        this.attempts = attempts;
    }

    /** The scheduler's endpoint of a model: one deployment (provider, address, model name). */
    static String endpointOf(ModelConfig m) {
        String where = m.baseUrl() != null ? m.baseUrl() : m.path() != null ? m.path() : m.name();
        return m.provider().id() + " " + where + " " + (m.model() == null ? "" : m.model());
    }

    /**
     * @throws RunScheduler.CancelledException when the run was cancelled before anything was requested
     */
    Completion run(CellKey cell, Prompt prompt, RunScheduler.Context ctx) {
        ModelParams params = model.params().withSystemPrompt(null);
        List<ChatMessage> messages = new ArrayList<>();
        String system = joinSystem(model.params().systemPrompt(), prompt.system());
        if (system != null) {
            messages.add(ChatMessage.system(system));
        }
        List<String> answers = new ArrayList<>();
        StringBuilder reasoning = new StringBuilder();
        Effort effort = new Effort();
        boolean allCached = true;
        Double cost = 0.0;
        List<Turn> turns = prompt.turns();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            messages.add(ChatMessage.user(turn.user()));
            String key = cache == null ? null : ResponseCache.key(model, params, messages, cell.repeat());
            ModelResult result = key == null ? null : cache.get(key).orElse(null);
            int turnAttempts = 0;
            if (result == null) {
                allCached = false;
                RunScheduler.CallOutcome outcome;
                try {
                    outcome = ctx.call(estimateTokens(messages, params), attemptFor(cell, t, messages, params, turn));
                } catch (RunScheduler.CancelledException e) {
                    if (t == 0) {
                        throw e;
                    }
                    return error(cell, answers, "", reasoning, "cancelled before turn " + (t + 1) + " of "
                            + turns.size(), Metrics.NONE, effort, List.of());
                }
                effort.add(outcome);
                turnAttempts = outcome.attempts();
                result = outcome.result();
                if (result.isOk() && key != null) {
                    cache.put(key, result);
                }
            }
            Metrics m = metrics.compute(result, messages, model.profile());
            cost = cost == null || m.cost() == null ? null : cost + m.cost();
            if (result.reasoning() != null && !result.reasoning().isEmpty()) {
                if (reasoning.length() > 0) {
                    reasoning.append("\n\n");
                }
                reasoning.append(result.reasoning());
            }
            if (!result.isOk()) {
                String why = FailureMessages.afterAttempts(result, turnAttempts);
                if (turns.size() > 1) {
                    why = "turn " + (t + 1) + " of " + turns.size() + ": " + why;
                }
                return error(cell, answers, result.text(), reasoning, why, withCost(m, cost), effort,
                        result.chunks());
            }
            answers.add(result.text());
            messages.add(ChatMessage.assistant(result.text()));
            if (t == turns.size() - 1) {
                return new Completion(0, cell, CompletionStatus.OK, result.text(), answers, textOrNull(reasoning),
                        null, withCost(m, cost), result.chunks(), allCached, effort.attempts, Instant.now(),
                        effort.retries, effort.backoffMs(), effort.wallMs());
            }
        }
        throw new IllegalStateException("a prompt without turns");
    }

    private RunScheduler.Attempt attemptFor(CellKey cell, int turn, List<ChatMessage> messages, ModelParams params,
                                            Turn spec) {
        List<ChatMessage> sent = List.copyOf(messages);
        return (n, cancel, timeout) -> {
            attempts.attempted(model.id(), n);
            listener.onAttempt(cell, turn, n);
            return client.complete(new ChatRequest(sent, params, timeout, spec.reference()),
                    (text, reasoning, atMs) -> {
                        if (!cancel.isCancelled()) {
                            listener.onChunk(cell, turn, text, reasoning);
                        }
                    }, cancel);
        };
    }

    private static long estimateTokens(List<ChatMessage> messages, ModelParams params) {
        long chars = messages.stream().mapToLong(m -> m.text().length()).sum();
        return chars / 4 + (params.maxTokens() == null ? DEFAULT_OUTPUT_ESTIMATE : params.maxTokens());
    }

    private static String joinSystem(String modelSystem, String promptSystem) {
        boolean a = modelSystem != null && !modelSystem.isBlank();
        boolean b = promptSystem != null && !promptSystem.isBlank();
        if (a && b) {
            return modelSystem + "\n\n" + promptSystem;
        }
        return a ? modelSystem : b ? promptSystem : null;
    }

    private static Metrics withCost(Metrics m, Double cost) {
        return new Metrics(m.ttftMs(), m.ttfaMs(), m.e2eMs(), m.inputTokens(), m.outputTokens(), m.tokensEstimated(),
                m.tpotMs(), m.itlP50Ms(), m.itlP95Ms(), m.tokensPerSecond(), m.charsPerSecond(), cost);
    }

    private static String textOrNull(StringBuilder text) {
        return text.length() == 0 ? null : text.toString();
    }

    private static Completion error(CellKey cell, List<String> answers, String partial, StringBuilder reasoning,
                                    String why, Metrics m, Effort effort, List<Chunk> chunks) {
        List<String> turnAnswers = new ArrayList<>(answers);
        if (partial != null && !partial.isEmpty()) {
            turnAnswers.add(partial);
        }
        return new Completion(0, cell, CompletionStatus.ERROR, partial, turnAnswers, textOrNull(reasoning), why, m,
                chunks, false, effort.attempts, Instant.now(), effort.retries, effort.backoffMs(), effort.wallMs());
    }

    /**
     * What a cell's requests cost over its turns: attempts, retries, time waited between attempts and the
     * attempts' wall time. The speed figures come from the attempt that answered ({@code outcome.result()}).
     */
    private static final class Effort {
        int attempts;
        int retries;
        long waitedNanos;
        long wallNanos;

        void add(RunScheduler.CallOutcome outcome) {
            attempts += outcome.attempts();
            retries += Math.max(0, outcome.attempts() - 1);
            waitedNanos += outcome.waitedNanos();
            wallNanos += outcome.wallNanos();
        }

        Long backoffMs() {
            return attempts == 0 ? null : Math.round(waitedNanos / 1e6);
        }

        Double wallMs() {
            return attempts == 0 ? null : wallNanos / 1e6;
        }
    }
}
