package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Per annotator and rubric dimension: how many of the answers to rate are rated and how many are left. */
public final class AnnotationProgress {
    private AnnotationProgress() {
    }

    public record Line(String annotator, String dimension, int rated, int left) {
    }

    /**
     * @param toRate     the answers (completion ids) each annotator is to rate
     * @param dimensions the rubric's dimension names
     */
    public static List<Line> of(Collection<Long> toRate, List<String> dimensions, List<Annotation> annotations) {
        Set<Long> wanted = new HashSet<>(toRate);
        TreeSet<String> annotators = new TreeSet<>();
        annotations.forEach(a -> annotators.add(a.annotator()));
        List<Line> out = new ArrayList<>();
        for (String annotator : annotators) {
            for (String d : dimensions) {
                Set<Long> rated = new HashSet<>();
                for (Annotation a : annotations) {
                    if (a.annotator().equals(annotator) && a.ratings().get(d) != null && wanted.contains(a.completionId())) {
                        rated.add(a.completionId());
                    }
                }
                out.add(new Line(annotator, d, rated.size(), wanted.size() - rated.size()));
            }
        }
        return out;
    }
}
