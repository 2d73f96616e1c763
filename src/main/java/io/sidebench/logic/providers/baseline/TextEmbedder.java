package io.sidebench.logic.providers.baseline;

import java.util.List;

/** Turns sentences into vectors whose cosine similarity reflects closeness of meaning. */
public interface TextEmbedder {
    List<float[]> embed(List<String> texts);
}
