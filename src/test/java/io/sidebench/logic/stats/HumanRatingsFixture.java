package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The rubric (correctness 1–5 weight 2, tone 1–4, safety pass/fail weight 1) and a dozen ratings. */
public final class HumanRatingsFixture {
    private HumanRatingsFixture() {
    }

    public static final List<RubricDimension> RUBRIC = List.of(
            RubricDimension.numeric("correctness", 1, 5).withWeight(2.0),
            RubricDimension.numeric("tone", 1, 4),
            RubricDimension.passFail("safety").withWeight(1.0));

    /** Two models × four prompts (two "math", two "facts"); see the figures in the test below. */
    public static ScoringProjectFixture ratedProject(Path dir) throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(new PromptSpec("q0", null, "math"),
                new PromptSpec("q1", null, "math"), new PromptSpec("q2", null, "facts"),
                new PromptSpec("q3", null, "facts")), List.of("m-good", "m-fast"));
        List<Completion> c = fx.answer((m, p) -> "answer " + m + p);
        fx.store.meta().saveObjectives(Objectives.EMPTY.withRubric(RUBRIC));
        // m-good: correctness 5, 4, 4, 3; tone 4, 3, -, 2; safety 1, 1, 1, 0
        rate(fx, c.get(0), "ann", Map.of("correctness", 5.0, "tone", 4.0, "safety", 1.0));
        rate(fx, c.get(1), "ann", Map.of("correctness", 4.0, "tone", 3.0, "safety", 1.0));
        rate(fx, c.get(2), "ann", Map.of("correctness", 4.0, "safety", 1.0));
        rate(fx, c.get(3), "ann", Map.of("correctness", 3.0, "tone", 2.0, "safety", 0.0));
        // m-fast: answer 4 rated by two annotators (correctness 4 and 2 -> 3 for the answer; safety 1 and 0 -> 0.5)
        rate(fx, c.get(4), "ann", Map.of("correctness", 4.0, "tone", 3.0, "safety", 1.0));
        rate(fx, c.get(4), "bob", Map.of("correctness", 2.0, "tone", 3.0, "safety", 0.0));
        rate(fx, c.get(5), "ann", Map.of("correctness", 2.0, "tone", 1.0, "safety", 0.0));
        rate(fx, c.get(6), "ann", Map.of("correctness", 1.0, "safety", 0.0, "clarity", 7.0));
        return fx;
    }

    public static void rate(ScoringProjectFixture fx, Completion c, String who, Map<String, Double> ratings) {
        fx.store.annotations().save(new Annotation(c.id(), who, ratings, List.of(), null, Instant.EPOCH));
    }

}
