package io.sidebench.gui.compare;

import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Score;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the grid's filters need to know about a whole run, per prompt: the tags given to its answers and
 * the lowest score per scorer. Built off the UI thread from three light queries.
 */
public final class RunFacts {
    private final Map<Long, CellKey> cells;
    private final Map<Long, Set<String>> tagsByPrompt = new HashMap<>();
    private final Map<Long, Map<String, Double>> minScoreByPrompt = new HashMap<>();
    private final Set<Long> annotated = new HashSet<>();
    private final Set<String> allTags = new TreeSet<>();
    private final Set<String> scorers = new TreeSet<>();

    public RunFacts(Map<Long, CellKey> cells, List<Annotation> annotations, List<Score> scores) {
        this.cells = cells;
        annotations.forEach(this::addAnnotation);
        for (Score s : scores) {
            CellKey cell = cells.get(s.completionId());
            if (cell == null || s.value() == null) {
                continue;
            }
            scorers.add(s.scorer());
            minScoreByPrompt.computeIfAbsent(cell.promptId(), k -> new HashMap<>())
                    .merge(s.scorer(), s.value(), Math::min);
        }
    }

    /** Records an annotation saved during the session. */
    public void addAnnotation(Annotation a) {
        CellKey cell = cells.get(a.completionId());
        annotated.add(a.completionId());
        if (cell != null && !a.tags().isEmpty()) {
            tagsByPrompt.computeIfAbsent(cell.promptId(), k -> new TreeSet<>()).addAll(a.tags());
        }
        allTags.addAll(a.tags());
    }

    public boolean isAnnotated(long completionId) {
        return annotated.contains(completionId);
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
        return new RunFacts(Map.of(), List.of(), List.of());
    }
}
