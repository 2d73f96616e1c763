package io.sidebench.logic.providers.baseline;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * The embedding models shipped inside the jars (no download): all-MiniLM-L6-v2 (quantised), or
 * bge-small-zh-v1.5 when the text is mostly Chinese. Each is loaded once, on first use.
 */
public final class OnnxTextEmbedder implements TextEmbedder {
    private final Supplier<EmbeddingModel> english = memo(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    private final Supplier<EmbeddingModel> chinese = memo(BgeSmallZhV15QuantizedEmbeddingModel::new);

    @Override
    public List<float[]> embed(List<String> texts) {
        EmbeddingModel model = mostlyCjk(texts) ? chinese.get() : english.get();
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    static boolean mostlyCjk(List<String> texts) {
        long cjk = 0;
        long letters = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        cjk++;
                    }
                }
            }
        }
        return letters > 0 && cjk * 2 > letters;
    }

    private static <T> Supplier<T> memo(Supplier<T> loader) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T local = value;
                if (local == null) {
                    synchronized (this) {
                        local = value;
                        if (local == null) {
                            local = loader.get();
                            value = local;
                        }
                    }
                }
                return local;
            }
        };
    }
}
