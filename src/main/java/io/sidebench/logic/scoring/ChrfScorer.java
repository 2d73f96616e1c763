package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * chrF (Popović 2015) as sacrebleu computes it by default: character n-grams of orders 1 to 6 of the
 * texts with all whitespace removed, precision and recall averaged over the orders that both texts
 * have, then combined as an F-score with beta = 2 (recall weighted twice as much). Case-sensitive.
 * Characters are Unicode code points, so Chinese and Japanese are scored like any other script.
 * Reported on a 0-1 scale (sacrebleu prints 0-100).
 */
public final class ChrfScorer implements Scorer {
    public static final String ID = "chrf";
    public static final int ORDER = 6;
    public static final double BETA = 2.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String config() {
        return "chrf/v1/n" + ORDER + "/beta" + BETA + "/nospace";
    }

    @Override
    public Score score(ScoringContext context) {
        if (!context.hasReference()) {
            return result(context, null, "no reference answer");
        }
        if (TextUnits.withoutWhitespace(context.reference()).isEmpty()) {
            return result(context, null, "the reference is blank");
        }
        return result(context, chrf(context.reference(), context.answer()), "chrF" + (int) BETA + ", n=" + ORDER);
    }

    /** chrF of an answer against a reference, 0-1. */
    public static double chrf(String reference, String answer) {
        int[] ref = TextUnits.codePoints(TextUnits.withoutWhitespace(reference));
        int[] hyp = TextUnits.codePoints(TextUnits.withoutWhitespace(answer));
        double precisionSum = 0;
        double recallSum = 0;
        int effectiveOrder = 0;
        for (int n = 1; n <= ORDER; n++) {
            Map<String, Integer> refGrams = ngrams(ref, n);
            Map<String, Integer> hypGrams = ngrams(hyp, n);
            int refTotal = Math.max(0, ref.length - n + 1);
            int hypTotal = Math.max(0, hyp.length - n + 1);
            if (refTotal == 0 || hypTotal == 0) {
                continue;
            }
            int matches = 0;
            for (Map.Entry<String, Integer> e : hypGrams.entrySet()) {
                matches += Math.min(e.getValue(), refGrams.getOrDefault(e.getKey(), 0));
            }
            precisionSum += (double) matches / hypTotal;
            recallSum += (double) matches / refTotal;
            effectiveOrder++;
        }
        if (effectiveOrder == 0) {
            return 0.0;
        }
        double precision = precisionSum / effectiveOrder;
        double recall = recallSum / effectiveOrder;
        if (precision + recall == 0) {
            return 0.0;
        }
        double b2 = BETA * BETA;
        return (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    private static Map<String, Integer> ngrams(int[] cps, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            counts.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "chrF(order=%d, beta=%.0f)", ORDER, BETA);
    }
}
