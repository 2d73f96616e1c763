package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * LLM-as-judge single-answer grading: the judge rates the answer 1-10 with a short rationale, using the
 * {@code single.txt} rubric. The value is the rating; the detail the rationale. A malformed verdict is
 * stored with no value and the detail "malformed verdict: WHY | judge said: ...".
 */
public final class JudgeScorer implements Scorer {
    static final int RAW_EXCERPT = 300;
    private final Judge judge;

    public JudgeScorer(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String id() {
        return judge.identity();
    }

    @Override
    public String config() {
        byte[] template = judge.templates().single().getBytes(StandardCharsets.UTF_8);
        String templateHash = HexFormat.of().formatHex(InputHash.sha256().digest(template)).substring(0, 16);
        return "judge-single/v1/template:" + templateHash + "/params:" + judge.params();
    }

    @Override
    public Score score(ScoringContext context) {
        String prompt = judge.templates().renderSingle(context.question(), context.reference(), context.answer());
        Judge.Reply reply = judge.ask(prompt, null);
        if (!reply.isOk()) {
            return result(context, null, reply.failure());
        }
        JudgeVerdicts.Rating rating = JudgeVerdicts.parseRating(reply.text());
        if (!rating.isValid()) {
            return result(context, null, "malformed verdict: " + rating.problem() + " | judge said: " + excerpt(reply.text()));
        }
        return result(context, rating.value(), rating.rationale());
    }

    @Override
    public boolean isTransientFailure(Score score) {
        return score.value() == null && score.detail() != null && score.detail().startsWith(Judge.CALL_FAILED);
    }

    static String excerpt(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() > RAW_EXCERPT ? t.substring(0, RAW_EXCERPT) + "…" : t;
    }
}
