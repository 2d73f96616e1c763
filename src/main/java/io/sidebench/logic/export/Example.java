package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import java.util.List;

/**
 * A telling example for a report: the best or worst answer, or the prompt people (or models)
 * disagreed on most.
 *
 * @param kind    "best", "worst" or "disagreement"
 * @param why     one line saying why it was picked
 * @param answers the answers shown (one for best/worst, several for a disagreement)
 */
public record Example(String kind, String title, String why, String promptKey, String category, String prompt,
                      String reference, List<ResultRow> answers) {
    public Example {
        answers = List.copyOf(answers);
    }
}
