package io.sidebench.logic.packages;

import io.sidebench.model.RubricDimension;
import io.sidebench.model.Turn;
import io.sidebench.model.VoteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A blind annotation package: answers to rate (model names hidden, order shuffled), pairs to vote on, the
 * rubric, and whatever the annotator has rated so far. Items and pairs are named by stable ids derived from
 * natural keys of the project ({@link ItemKeys}), so ratings come back to the right answers on merge. Stored
 * as one JSON file ({@link PackageFile}); see docs/decisions/0007-annotation-packages.md.
 *
 * @param projectId the project's identity ({@link ProjectIdentity}); a package merges only into it
 * @param runKey    the run's natural key ({@link ItemKeys#runKey})
 * @param batchId   shared by the packages exported together
 * @param overlap   the share of items every package of the batch holds (for agreement)
 */
public record AnnotationPackage(String format, int version, String packageId, String batchId, String projectId,
                                String projectTitle, String runKey, String annotator, long seed, double overlap,
                                String createdAt, List<RubricDimension> rubric, List<Item> items, List<Pair> pairs,
                                List<Rating> annotations, List<PairVote> votes) {
    public static final String FORMAT = "sidebench-annotation-package";
    public static final int VERSION = 1;

    public AnnotationPackage {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        items = items == null ? List.of() : List.copyOf(items);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    /** One answer to rate; {@code label} is what the annotator sees instead of the model's name. */
    public record Item(String id, String label, String category, String system, List<Turn> turns,
                       List<String> answers) {
        public Item {
            turns = turns == null ? List.of() : List.copyOf(turns);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** Two answers to the same prompt, shown left and right. */
    public record Pair(String id, String left, String right) {
    }

    /** One annotator's ratings, tags and comment of one item; {@code updatedAt} is ISO-8601. */
    public record Rating(String item, String annotator, Map<String, Double> ratings, List<String> tags,
                         String comment, String updatedAt) {
        public Rating {
            ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(ratings));
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** One annotator's vote on one pair. */
    public record PairVote(String pair, String voter, VoteOutcome outcome, String createdAt) {
    }

    /** This package with one rating added or replaced (same item and annotator). */
    public AnnotationPackage rate(Rating rating) {
        if (items.stream().noneMatch(i -> i.id().equals(rating.item()))) {
            throw new IllegalArgumentException("the package has no item " + rating.item());
        }
        List<Rating> next = new ArrayList<>();
        annotations.stream().filter(r -> !(r.item().equals(rating.item()) && r.annotator().equals(rating.annotator())))
                .forEach(next::add);
        next.add(rating);
        return new AnnotationPackage(format, version, packageId, batchId, projectId, projectTitle, runKey, annotator,
                seed, overlap, createdAt, rubric, items, pairs, next, votes);
    }

    /** This package with one vote added or replaced (same pair and voter). */
    public AnnotationPackage vote(PairVote vote) {
        if (pairs.stream().noneMatch(p -> p.id().equals(vote.pair()))) {
            throw new IllegalArgumentException("the package has no pair " + vote.pair());
        }
        List<PairVote> next = new ArrayList<>();
        votes.stream().filter(v -> !(v.pair().equals(vote.pair()) && v.voter().equals(vote.voter())))
                .forEach(next::add);
        next.add(vote);
        return new AnnotationPackage(format, version, packageId, batchId, projectId, projectTitle, runKey, annotator,
                seed, overlap, createdAt, rubric, items, pairs, annotations, next);
    }

    /** Per annotator (the package's own first) and rubric dimension: items rated and items left. */
    public List<Progress> progress() {
        java.util.LinkedHashSet<String> who = new java.util.LinkedHashSet<>();
        if (annotator != null) {
            who.add(annotator);
        }
        annotations.forEach(r -> who.add(r.annotator()));
        List<Progress> out = new ArrayList<>();
        for (String a : who) {
            for (RubricDimension d : rubric) {
                long rated = annotations.stream().filter(r -> r.annotator().equals(a) && r.ratings().get(d.name()) != null)
                        .map(Rating::item).distinct().count();
                out.add(new Progress(a, d.name(), (int) rated, items.size() - (int) rated));
            }
            long voted = votes.stream().filter(v -> v.voter().equals(a)).map(PairVote::pair).distinct().count();
            if (!pairs.isEmpty()) {
                out.add(new Progress(a, "(pairwise votes)", (int) voted, pairs.size() - (int) voted));
            }
        }
        return out;
    }

    public record Progress(String annotator, String dimension, int rated, int left) {
    }
}
