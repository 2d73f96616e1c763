package io.sidebench.logic.scoring;

import java.util.List;

/** Turns texts into vectors. Implementations must be thread-safe. */
public interface TextEmbedder {
    /** The model's name, part of the embedding scorers' configuration. */
    String name();

    /** One vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** Cosine similarity of two vectors; 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0.0;
        }
        return Math.max(-1.0, Math.min(1.0, dot / Math.sqrt(na * nb)));
    }
}
