package io.sidebench.logic.scoring;

import static io.sidebench.logic.scoring.ScoringFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingScorerTest {

    /** Embeds a text as (length, number of CJK characters, 1) and records what it was asked. */
    static final class FakeEmbedder implements TextEmbedder {
        final String name;
        final List<String> seen = new ArrayList<>();
        int calls;

        FakeEmbedder(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized List<float[]> embed(List<String> texts) {
            calls++;
            seen.addAll(texts);
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                out.add(new float[] {t.length(), (float) t.codePoints().filter(TextUnits::isCjk).count(), 1});
            }
            return out;
        }
    }

    @Test
    void cosineOfKnownVectors() {
        assertThat(TextEmbedder.cosine(new float[] {1, 0}, new float[] {0, 1})).isEqualTo(0.0);
        assertThat(TextEmbedder.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6})).isCloseTo(1.0, within(1e-12));
        // (1,1)·(1,0) / (√2 · 1) = 1/√2
        assertThat(TextEmbedder.cosine(new float[] {1, 1}, new float[] {1, 0})).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(TextEmbedder.cosine(new float[] {0, 0}, new float[] {1, 0})).isEqualTo(0.0);
    }

    @Test
    void choosesTheModelByScriptAndBatchesPerModel() {
        FakeEmbedder latin = new FakeEmbedder("latin");
        FakeEmbedder cjk = new FakeEmbedder("cjk");
        var scorer = EmbeddingSimilarityScorer.toReference(new EmbeddingModels(latin, cjk));
        var scores = scorer.scoreAll(List.of(context("q", "Paris", "It is Paris"), context("q", "巴黎", "是巴黎"),
                context("q", "London", "London"), context("q", null, "x"), context("q", "ref", "")));
        assertThat(latin.calls).isEqualTo(1);
        assertThat(cjk.calls).isEqualTo(1);
        assertThat(latin.seen).containsExactly("It is Paris", "Paris", "London", "London");
        assertThat(cjk.seen).containsExactly("是巴黎", "巴黎");
        assertThat(scores.get(1).detail()).contains("cjk");
        assertThat(scores.get(2).value()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.get(3).value()).isNull();
        assertThat(scores.get(3).detail()).isEqualTo("no reference answer");
        assertThat(scores.get(4).value()).isEqualTo(0.0);
    }

    @Test
    void relevanceComparesWithTheQuestion() {
        FakeEmbedder latin = new FakeEmbedder("latin");
        var scorer = EmbeddingSimilarityScorer.relevance(new EmbeddingModels(latin, new FakeEmbedder("cjk")));
        scorer.score(context("What is the capital?", null, "Paris"));
        assertThat(latin.seen).containsExactly("Paris", "What is the capital?");
    }

    @Test
    void aFailingModelIsATransientFailure() {
        TextEmbedder broken = new TextEmbedder() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new IllegalStateException("onnx exploded");
            }
        };
        var scorer = EmbeddingSimilarityScorer.toReference(new EmbeddingModels(broken, broken));
        var score = scorer.score(context("q", "a", "b"));
        assertThat(score.value()).isNull();
        assertThat(scorer.isTransientFailure(score)).isTrue();
    }

    @Test
    void realOfflineModelsRankParaphrasesAboveUnrelatedText() {
        EmbeddingModels models = EmbeddingModels.offline();
        var scorer = EmbeddingSimilarityScorer.toReference(models);
        var scores = scorer.scoreAll(List.of(
                context("q", "The capital of France is Paris.", "Paris is France's capital city."),
                context("q", "The capital of France is Paris.", "Bananas are rich in potassium."),
                context("q", "法国的首都是巴黎。", "巴黎是法国的首都。"),
                context("q", "法国的首都是巴黎。", "香蕉富含钾元素。")));
        assertThat(scores.get(0).value()).isGreaterThan(scores.get(1).value() + 0.3);
        assertThat(scores.get(2).value()).isGreaterThan(scores.get(3).value() + 0.2);
        assertThat(scores.get(0).detail()).contains("all-MiniLM-L6-v2-q");
        assertThat(scores.get(2).detail()).contains("bge-small-zh-v1.5-q");
        assertThat(((OnnxTextEmbedder) models.latin()).isLoaded()).isTrue();
    }
}
