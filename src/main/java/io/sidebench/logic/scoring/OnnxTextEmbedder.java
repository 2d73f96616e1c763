package io.sidebench.logic.scoring;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An in-process ONNX embedding model (LangChain4j), loaded on first use and then shared. Recently
 * embedded texts are cached (references are compared with every model's answer), bounded in size.
 */
public final class OnnxTextEmbedder implements TextEmbedder {
    private static final int CACHE_SIZE = 4096;

    private final String name;
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public OnnxTextEmbedder(String name, Supplier<EmbeddingModel> loader) {
        this.name = name;
        this.loader = loader;
    }

    @Override
    public String name() {
        return name;
    }

    /** True once the model has been loaded. */
    public boolean isLoaded() {
        return model != null;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = loader.get();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                float[] hit = cache.get(texts.get(i));
                if (hit != null) {
                    out[i] = hit;
                } else {
                    missing.add(i);
                    segments.add(TextSegment.from(texts.get(i)));
                }
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model().embedAll(segments).content();
            synchronized (cache) {
                for (int k = 0; k < missing.size(); k++) {
                    float[] vector = embeddings.get(k).vector();
                    out[missing.get(k)] = vector;
                    cache.put(texts.get(missing.get(k)), vector);
                }
            }
        }
        return List.of(out);
    }
}
