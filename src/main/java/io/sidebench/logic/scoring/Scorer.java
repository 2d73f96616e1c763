package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one completion. Implementations are stateless apart from shared, lazily loaded resources
 * (embedding models, a judge client), so one instance can score a whole run.
 */
public interface Scorer {

    /** The id stored with each score, e.g. {@code rougeL}, {@code chrf}, {@code judge:gpt-4o}. */
    String id();

    /**
     * The scorer's version and configuration (algorithm revision, model, template...). Part of the input
     * hash: changing it makes every stored score of this scorer stale.
     */
    String config();

    /**
     * Scores one completion. Never throws for bad input: a score that cannot be computed comes back with
     * a {@code null} value and the reason in {@code detail}. The returned score carries
     * {@link #inputHash(ScoringContext)}.
     */
    Score score(ScoringContext context);

    /** Scores several completions; scorers that batch (embeddings) override this. */
    default List<Score> scoreAll(List<ScoringContext> contexts) {
        List<Score> out = new ArrayList<>(contexts.size());
        for (ScoringContext context : contexts) {
            out.add(score(context));
        }
        return out;
    }

    /** Hash of everything the score depends on: answer, reference, prompt, scorer id and config. */
    default String inputHash(ScoringContext context) {
        return InputHash.of(id(), config(), context);
    }

    /**
     * True when a score without value failed for a passing reason (a judge call that timed out, an
     * embedding model that failed): such scores are not stored, so the next scoring pass retries them.
     */
    default boolean isTransientFailure(Score score) {
        return false;
    }

    /** Builds this scorer's score for a context. */
    default Score result(ScoringContext context, Double value, String detail) {
        return new Score(context.completion().id(), id(), value, detail, inputHash(context));
    }
}
