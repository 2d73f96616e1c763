package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers annotators disagree on most: per answer rated by more than one annotator, the largest
 * spread (max − min) on any dimension, as a share of that dimension's scale (so 1–5 and pass/fail compare);
 * listed with every annotator's ratings and comment.
 */
public final class Disagreements {
    private Disagreements() {
    }

    /** @param spread largest (max − min)/(scale max − scale min) over the dimensions, 0–1 */
    public record Item(long completionId, String dimension, double spread, List<Rating> annotations) {
        public Item {
            annotations = List.copyOf(annotations);
        }
    }

    /** One annotator's ratings, tags and comment of the answer. */
    public record Rating(String annotator, Map<String, Double> ratings, List<String> tags, String comment) {
        static Rating of(Annotation a) {
            return new Rating(a.annotator(), a.ratings(), a.tags(), a.comment());
        }
    }

    public static List<Item> top(List<HumanRatings.Dimension> dimensions, List<Annotation> annotations, int limit) {
        Map<Long, List<Annotation>> byAnswer = new TreeMap<>();
        annotations.forEach(a -> byAnswer.computeIfAbsent(a.completionId(), k -> new ArrayList<>()).add(a));
        Map<String, double[]> ranges = new LinkedHashMap<>();
        for (HumanRatings.Dimension d : dimensions) {
            ranges.put(d.name(), d.min() == null ? null : new double[] {d.min(), d.max()});
        }
        List<Item> out = new ArrayList<>();
        for (Map.Entry<Long, List<Annotation>> e : byAnswer.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String worst = null;
            double widest = 0;
            for (Map.Entry<String, double[]> d : ranges.entrySet()) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                int n = 0;
                for (Annotation a : e.getValue()) {
                    Double v = a.ratings().get(d.getKey());
                    if (v != null) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                        n++;
                    }
                }
                if (n < 2) {
                    continue;
                }
                double width = d.getValue() == null ? (hi > lo ? 1 : 0) : (hi - lo) / (d.getValue()[1] - d.getValue()[0]);
                if (width > widest) {
                    widest = width;
                    worst = d.getKey();
                }
            }
            if (worst != null) {
                out.add(new Item(e.getKey(), worst, widest, e.getValue().stream().map(Rating::of).toList()));
            }
        }
        out.sort(Comparator.comparingDouble(Item::spread).reversed().thenComparingLong(Item::completionId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}
