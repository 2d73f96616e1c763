package io.sidebench.logic.scoring;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The two offline embedding models, chosen by script: all-MiniLM-L6-v2 (quantised) for Latin and other
 * scripts, bge-small-zh-v1.5 (quantised) when a text is mainly Chinese or Japanese. Each is loaded once,
 * on first use, and shared by all scorers given this instance.
 */
public final class EmbeddingModels {
    private final TextEmbedder latin;
    private final TextEmbedder cjk;

    public EmbeddingModels(TextEmbedder latin, TextEmbedder cjk) {
        this.latin = latin;
        this.cjk = cjk;
    }

    /** The bundled ONNX models, loaded lazily. */
    public static EmbeddingModels offline() {
        return new EmbeddingModels(
                new OnnxTextEmbedder("all-MiniLM-L6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new),
                new OnnxTextEmbedder("bge-small-zh-v1.5-q", BgeSmallZhV15QuantizedEmbeddingModel::new));
    }

    public TextEmbedder latin() {
        return latin;
    }

    public TextEmbedder cjk() {
        return cjk;
    }

    /** The model to compare two texts with: the Chinese one when either text is mainly CJK. */
    public TextEmbedder forPair(String a, String b) {
        return TextUnits.isMainlyCjk(a) || TextUnits.isMainlyCjk(b) ? cjk : latin;
    }

    /** Part of the embedding scorers' configuration. */
    public String describe() {
        return latin.name() + "+" + cjk.name();
    }
}
