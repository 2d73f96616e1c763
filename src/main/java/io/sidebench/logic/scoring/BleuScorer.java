package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence BLEU (Papineni et al. 2002) with sacrebleu's sentence-level defaults: clipped n-gram
 * precisions up to 4-grams, brevity penalty exp(1 - r/c) when the answer is shorter than the reference,
 * "exp" smoothing (Chen &amp; Cherry 2014 method 3, the NIST mteval smoothing: the k-th order with no
 * match gets precision 1 / (2^k · total)) and effective order (orders the answer is too short to have
 * are left out of the geometric mean). Tokens from {@link TextUnits#bleuTokens}: case kept, punctuation
 * split off, CJK characters one by one. Reported on a 0-1 scale.
 */
public final class BleuScorer implements Scorer {
    public static final String ID = "bleu";
    public static final int MAX_ORDER = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String config() {
        return "bleu/v1/n4/exp-smoothing/effective-order/13a-like-cjkchar";
    }

    @Override
    public Score score(ScoringContext context) {
        if (!context.hasReference()) {
            return result(context, null, "no reference answer");
        }
        List<String> ref = TextUnits.bleuTokens(context.reference());
        if (ref.isEmpty()) {
            return result(context, null, "the reference has no tokens");
        }
        List<String> hyp = TextUnits.bleuTokens(context.answer());
        Result r = compute(ref, hyp);
        return result(context, r.bleu(), String.format(Locale.ROOT, "BP %.3f, %d answer / %d reference tokens",
                r.brevityPenalty(), hyp.size(), ref.size()));
    }

    /** Sentence BLEU of an answer against a reference, 0-1. */
    public static double bleu(String reference, String answer) {
        return compute(TextUnits.bleuTokens(reference), TextUnits.bleuTokens(answer)).bleu();
    }

    record Result(double bleu, double brevityPenalty) {
    }

    static Result compute(List<String> ref, List<String> hyp) {
        double logSum = 0;
        int effectiveOrder = 0;
        double smooth = 1;
        for (int n = 1; n <= MAX_ORDER; n++) {
            int total = Math.max(0, hyp.size() - n + 1);
            if (total == 0) {
                break;
            }
            effectiveOrder = n;
            int correct = clippedMatches(ngrams(ref, n), ngrams(hyp, n));
            double precision;
            if (correct == 0) {
                smooth *= 2;
                precision = 1.0 / (smooth * total);
            } else {
                precision = (double) correct / total;
            }
            logSum += Math.log(precision);
        }
        if (effectiveOrder == 0) {
            return new Result(0.0, 0.0);
        }
        double bp = hyp.size() < ref.size() ? Math.exp(1.0 - (double) ref.size() / hyp.size()) : 1.0;
        return new Result(bp * Math.exp(logSum / effectiveOrder), bp);
    }

    private static int clippedMatches(Map<List<String>, Integer> ref, Map<List<String>, Integer> hyp) {
        int matches = 0;
        for (Map.Entry<List<String>, Integer> e : hyp.entrySet()) {
            matches += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return matches;
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
