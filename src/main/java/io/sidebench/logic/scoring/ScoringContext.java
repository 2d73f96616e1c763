package io.sidebench.logic.scoring;

import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.util.Objects;

/** What a scorer looks at: one completion and the prompt it answered. */
public record ScoringContext(Completion completion, Prompt prompt) {
    public ScoringContext {
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(prompt, "prompt");
    }

    /** The answer to the last turn, never {@code null}. */
    public String answer() {
        return completion.text() == null ? "" : completion.text();
    }

    /** The reference answer of the last turn, {@code null} when the prompt has none. */
    public String reference() {
        Turn last = prompt.turns().get(prompt.turns().size() - 1);
        return last.hasReference() ? last.reference() : null;
    }

    public boolean hasReference() {
        return reference() != null;
    }

    /** The last user turn: what the answer responds to. */
    public String question() {
        return prompt.turns().get(prompt.turns().size() - 1).user();
    }
}
