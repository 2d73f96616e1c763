package io.sidebench.logic.prompts;

import io.sidebench.model.Assertion;
import io.sidebench.model.Turn;
import java.util.List;
import java.util.Map;

/**
 * A prompt as read from one record, before template expansion.
 *
 * @param vars the template variables the record itself supplies (other columns, a {@code vars} object,
 *             a promptfoo test's {@code vars})
 */
record PromptDraft(String key, String system, List<Turn> turns, String category, List<Assertion> assertions,
                   Map<String, String> vars) {
    PromptDraft {
        turns = List.copyOf(turns);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
        vars = vars == null ? Map.of() : vars;
    }
}
