package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.Locale;

/**
 * Length of the answer: the value is its length in characters (Unicode code points, so a Chinese
 * character counts one); the detail adds words/CJK characters and the output tokens of the completion.
 */
public final class LengthScorer implements Scorer {
    public static final String ID = "length";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String config() {
        return "length/v1/codepoints";
    }

    @Override
    public Score score(ScoringContext context) {
        String answer = context.answer();
        int chars = answer.codePointCount(0, answer.length());
        int words = TextUnits.words(answer).size();
        Integer tokens = context.completion().metrics().outputTokens();
        String detail = String.format(Locale.ROOT, "%d chars, %d words/CJK chars, %s tokens", chars, words,
                tokens == null ? "?" : tokens.toString());
        return result(context, (double) chars, detail);
    }
}
