package io.sidebench.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One annotator's judgement of one completion: ratings on the rubric dimensions, tags and a comment.
 */
public record Annotation(long completionId, String annotator, Map<String, Double> ratings, List<String> tags,
                         String comment, Instant updatedAt) {
    public Annotation {
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("an annotation needs the annotator's name");
        }
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
