package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Cosine similarity of the answer's embedding to another text's: the reference ({@code embedding}) or
 * the question ({@code relevance}, reference-free). Scores a batch with one embedding call per model.
 */
public final class EmbeddingSimilarityScorer implements Scorer {
    public static final String REFERENCE_ID = "embedding";
    public static final String RELEVANCE_ID = "relevance";

    private static final String FAILED = " failed: ";
    private final String id;
    private final EmbeddingModels models;
    private final Function<ScoringContext, String> target;
    private final String targetName;

    private EmbeddingSimilarityScorer(String id, EmbeddingModels models, Function<ScoringContext, String> target,
                                      String targetName) {
        this.id = id;
        this.models = models;
        this.target = target;
        this.targetName = targetName;
    }

    /** Similarity of the answer to the reference answer. */
    public static EmbeddingSimilarityScorer toReference(EmbeddingModels models) {
        return new EmbeddingSimilarityScorer(REFERENCE_ID, models, ScoringContext::reference, "reference answer");
    }

    /** Similarity of the answer to the question it answers (reference-free relevance). */
    public static EmbeddingSimilarityScorer relevance(EmbeddingModels models) {
        return new EmbeddingSimilarityScorer(RELEVANCE_ID, models, ScoringContext::question, "question");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String config() {
        return "cosine/v1/" + models.describe();
    }

    @Override
    public boolean isTransientFailure(Score score) {
        return score.value() == null && score.detail() != null && score.detail().contains(FAILED);
    }

    @Override
    public Score score(ScoringContext context) {
        return scoreAll(List.of(context)).get(0);
    }

    @Override
    public List<Score> scoreAll(List<ScoringContext> contexts) {
        Score[] out = new Score[contexts.size()];
        Map<TextEmbedder, List<Integer>> byModel = new LinkedHashMap<>();
        for (int i = 0; i < contexts.size(); i++) {
            ScoringContext c = contexts.get(i);
            String other = target.apply(c);
            if (other == null || other.isBlank()) {
                out[i] = result(c, null, "no " + targetName);
            } else if (c.answer().isBlank()) {
                out[i] = result(c, 0.0, "empty answer");
            } else {
                byModel.computeIfAbsent(models.forPair(c.answer(), other), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<TextEmbedder, List<Integer>> e : byModel.entrySet()) {
            TextEmbedder embedder = e.getKey();
            List<String> texts = new ArrayList<>();
            for (int i : e.getValue()) {
                texts.add(contexts.get(i).answer());
                texts.add(target.apply(contexts.get(i)));
            }
            List<float[]> vectors;
            try {
                vectors = embedder.embed(texts);
            } catch (RuntimeException ex) {
                for (int i : e.getValue()) {
                    out[i] = result(contexts.get(i), null, embedder.name() + FAILED + ex.getMessage());
                }
                continue;
            }
            int k = 0;
            for (int i : e.getValue()) {
                double cosine = TextEmbedder.cosine(vectors.get(k), vectors.get(k + 1));
                k += 2;
                out[i] = result(contexts.get(i), cosine,
                        String.format(Locale.ROOT, "cosine to the %s, %s", targetName, embedder.name()));
            }
        }
        return List.of(out);
    }
}
