package io.sidebench.gui.compare;

import io.sidebench.logic.store.GridRepository.ScoreFloor;
import io.sidebench.logic.store.GridRepository.TagLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the grid's filters need to know about a whole run, per prompt: the tags given to its answers and
 * the lowest score per scorer. Built off the UI thread from two narrow queries, after the grid is shown.
 */
public final class RunFacts {
    private final Map<Long, Set<String>> tagsByPrompt = new HashMap<>();
    private final Map<Long, Map<String, Double>> minScoreByPrompt = new HashMap<>();
    private final Set<String> allTags = new TreeSet<>();
    private final Set<String> scorers = new TreeSet<>();

    public RunFacts(List<ScoreFloor> floors, List<TagLine> tags) {
        for (ScoreFloor f : floors) {
            scorers.add(f.scorer());
            minScoreByPrompt.computeIfAbsent(f.promptId(), k -> new HashMap<>()).merge(f.scorer(), f.min(), Math::min);
        }
        for (TagLine t : tags) {
            addTags(t.promptId(), t.tags());
        }
    }

    /** Records tags saved during the session for an answer to {@code promptId}. */
    public void addTags(long promptId, List<String> tags) {
        if (!tags.isEmpty()) {
            tagsByPrompt.computeIfAbsent(promptId, k -> new TreeSet<>()).addAll(tags);
            allTags.addAll(tags);
        }
    }

    public Set<String> tags(long promptId) {
        return tagsByPrompt.getOrDefault(promptId, Set.of());
    }

    /** The lowest score any answer to the prompt got from {@code scorer}, or {@code null}. */
    public Double minScore(long promptId, String scorer) {
        Map<String, Double> m = minScoreByPrompt.get(promptId);
        return m == null ? null : m.get(scorer);
    }

    public Set<String> allTags() {
        return allTags;
    }

    public Set<String> scorers() {
        return scorers;
    }

    public static RunFacts empty() {
        return new RunFacts(List.of(), List.of());
    }
}
