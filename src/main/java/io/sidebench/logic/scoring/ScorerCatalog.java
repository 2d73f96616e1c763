package io.sidebench.logic.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds scorers from their names: {@code rougeL, chrf, bleu, embedding, relevance, length, refusal,
 * checks} and {@code judge:MODEL} (single-answer grading by a configured model).
 */
public final class ScorerCatalog {
    public static final List<String> BUILT_IN = List.of(RougeLScorer.ID, ChrfScorer.ID, BleuScorer.ID,
            EmbeddingSimilarityScorer.REFERENCE_ID, EmbeddingSimilarityScorer.RELEVANCE_ID, LengthScorer.ID,
            RefusalScorer.ID, ChecksScorer.ID);
    /** What {@code score} runs when no scorers are named: everything offline and cheap-ish. */
    public static final List<String> DEFAULTS = BUILT_IN;

    private final EmbeddingModels embeddings;
    private final Function<String, Judge> judges;

    /**
     * @param judges makes the judge for a model name; throws IllegalArgumentException with a user-facing
     *               reason when the model is unknown or cannot be reached
     */
    public ScorerCatalog(EmbeddingModels embeddings, Function<String, Judge> judges) {
        this.embeddings = embeddings;
        this.judges = judges;
    }

    public List<Scorer> create(List<String> names) {
        Set<String> unique = new LinkedHashSet<>(names);
        List<Scorer> out = new ArrayList<>();
        for (String name : unique) {
            out.add(create(name));
        }
        return out;
    }

    public Scorer create(String name) {
        String n = name.strip();
        if (n.startsWith("judge:")) {
            String model = n.substring("judge:".length()).strip();
            if (model.isEmpty()) {
                throw new IllegalArgumentException("judge:MODEL needs a model name, e.g. judge:gpt-4o");
            }
            return new JudgeScorer(judges.apply(model));
        }
        return switch (n) {
            case RougeLScorer.ID -> new RougeLScorer();
            case ChrfScorer.ID -> new ChrfScorer();
            case BleuScorer.ID -> new BleuScorer();
            case EmbeddingSimilarityScorer.REFERENCE_ID -> EmbeddingSimilarityScorer.toReference(embeddings);
            case EmbeddingSimilarityScorer.RELEVANCE_ID -> EmbeddingSimilarityScorer.relevance(embeddings);
            case LengthScorer.ID -> new LengthScorer();
            case RefusalScorer.ID -> new RefusalScorer();
            case ChecksScorer.ID -> new ChecksScorer();
            default -> throw new IllegalArgumentException("unknown scorer '" + n + "'; known: "
                    + String.join(", ", BUILT_IN) + ", judge:MODEL");
        };
    }
}
