package io.sidebench.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One annotator's judgement of one completion: ratings on the rubric dimensions, tags and a comment.
 */
public record Annotation(long completionId, String annotator, Map<String, Double> ratings, List<String> tags,
                         String comment, Instant updatedAt) {
    public Annotation {
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("an annotation needs the annotator's name");
        }
        // sorted by dimension, so every export and every JVM lists the ratings in the same order
        ratings = ratings == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(ratings)));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
