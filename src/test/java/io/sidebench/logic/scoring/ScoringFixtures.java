package io.sidebench.logic.scoring;

import io.sidebench.model.Assertion;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Map;

final class ScoringFixtures {
    private ScoringFixtures() {
    }

    static ScoringContext context(String question, String reference, String answer) {
        return context(question, reference, answer, List.of());
    }

    static ScoringContext context(String question, String reference, String answer, List<Assertion> assertions) {
        Prompt prompt = new Prompt(7, "p1", 0, null, List.of(new Turn(question, reference)), null, Map.of(),
                assertions);
        Completion completion = new Completion(42, new CellKey(1, 7, 3, 0), CompletionStatus.OK, answer, List.of(answer),
                null, null, Metrics.NONE, List.of(), false, 1, Instant.EPOCH);
        return new ScoringContext(completion, prompt);
    }
}
