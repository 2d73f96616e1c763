package io.sidebench.logic.results;

import io.sidebench.model.Annotation;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One completion with everything known about it: the prompt, the model, the answer, its timings,
 * scores, annotations and votes. What exports write one line of.
 *
 * @param prompt      the user turns; for multi-turn prompts each turn on its own, prefixed "User:"
 * @param scores      scorer id to value (sorted by scorer; a score without a value is absent)
 * @param humanVotes  pairwise votes by people
 * @param judgeVotes  pairwise votes by LLM judges, kept apart
 * @param attempts    requests made for the cell (retries included)
 * @param retries     attempts that repeated a failed one
 * @param backoffMs   milliseconds waited between attempts, {@code null} when not measured
 * @param wallMs      milliseconds from the first attempt's start to the last one's end, {@code null} when not
 *                    measured; {@code metrics} describe the attempt that answered
 */
public record ResultRow(long completionId, long runId, long promptId, String promptKey, int promptOrdinal,
                        String category, String system, String prompt, String reference, long modelId,
                        String model, boolean baseline, int repeat, CompletionStatus status, String output,
                        String error, Metrics metrics, boolean cached, Map<String, Double> scores,
                        List<Annotation> annotations, VoteTally humanVotes, VoteTally judgeVotes, int attempts,
                        int retries, Long backoffMs, Double wallMs) {
    public ResultRow {
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(scores));
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        humanVotes = humanVotes == null ? VoteTally.NONE : humanVotes;
        judgeVotes = judgeVotes == null ? VoteTally.NONE : judgeVotes;
        metrics = metrics == null ? Metrics.NONE : metrics;
    }

    /** A row whose completion's attempts are unknown (one attempt, no retry). */
    public ResultRow(long completionId, long runId, long promptId, String promptKey, int promptOrdinal,
                     String category, String system, String prompt, String reference, long modelId,
                     String model, boolean baseline, int repeat, CompletionStatus status, String output,
                     String error, Metrics metrics, boolean cached, Map<String, Double> scores,
                     List<Annotation> annotations, VoteTally humanVotes, VoteTally judgeVotes) {
        this(completionId, runId, promptId, promptKey, promptOrdinal, category, system, prompt, reference, modelId,
                model, baseline, repeat, status, output, error, metrics, cached, scores, annotations, humanVotes,
                judgeVotes, 1, 0, null, null);
    }

    public boolean isOk() {
        return status == CompletionStatus.OK;
    }

    /** The model's name as shown to people (baselines marked). */
    public String modelLabel() {
        return baseline ? model + " (baseline)" : model;
    }

    /** Mean over annotators of a rubric dimension's rating, if anyone rated it. */
    public OptionalDouble meanRating(String dimension) {
        return annotations.stream().filter(a -> a.ratings().containsKey(dimension))
                .mapToDouble(a -> a.ratings().get(dimension)).average();
    }
}
