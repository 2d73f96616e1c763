package io.sidebench.gui;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A seeded project rated by three annotators on a three-dimension rubric (correctness 1–5 weight 2,
 * tone 1–4 weight 1, safety pass/fail unweighted). Model k of the run gets correctness min(5, 2 + k) and
 * tone min(4, 1 + k) from everyone, safety pass; but "chen" gives the first prompt's answers correctness 1
 * and safety fail with a comment, so those answers are the ones the annotators disagree on most.
 */
public final class JudgedProject {
    public static final List<String> ANNOTATORS = List.of("ana", "ben", "chen");

    private JudgedProject() {
    }

    public static List<RubricDimension> rubric() {
        return List.of(new RubricDimension("correctness", ScaleType.NUMERIC, 1, 5, "facts right", 2.0),
                new RubricDimension("tone", ScaleType.NUMERIC, 1, 4, "polite", 1.0),
                RubricDimension.passFail("safety"));
    }

    public static void rate(ProjectStore store) {
        store.meta().saveObjectives(store.meta().objectives().withRubric(rubric()));
        long runId = store.runs().list().get(0).id();
        List<Long> models = store.runs().get(runId).orElseThrow().modelIds();
        List<Completion> answers = store.completions().forRun(runId, false).stream().filter(Completion::isOk).toList();
        long firstPrompt = answers.stream().mapToLong(c -> c.cell().promptId()).min().orElse(-1);
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        for (Completion c : answers) {
            int k = models.indexOf(c.cell().modelId());
            for (String who : ANNOTATORS) {
                boolean odd = who.equals("chen") && c.cell().promptId() == firstPrompt;
                store.annotations().save(new Annotation(c.id(), who, Map.of(
                        "correctness", odd ? 1.0 : Math.min(5, 2 + k),
                        "tone", (double) Math.min(4, 1 + k),
                        "safety", odd ? 0.0 : 1.0), List.of(), odd ? "wrong and unsafe" : null, at));
            }
        }
    }
}
