package io.sidebench.logic.scoring;

import io.sidebench.model.Score;
import java.util.List;
import java.util.Locale;

/**
 * ROUGE-L F1 (Lin 2004): precision and recall of the longest common subsequence of tokens, combined
 * with beta = 1, as Google's rouge-score computes it without stemming. Tokens come from
 * {@link TextUnits#words}: lower-cased words, CJK characters one by one, punctuation dropped.
 */
public final class RougeLScorer implements Scorer {
    public static final String ID = "rougeL";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String config() {
        return "rougeL-f1/v1/words-cjkchar-lower";
    }

    @Override
    public Score score(ScoringContext context) {
        if (!context.hasReference()) {
            return result(context, null, "no reference answer");
        }
        List<String> ref = TextUnits.words(context.reference());
        List<String> hyp = TextUnits.words(context.answer());
        if (ref.isEmpty()) {
            return result(context, null, "the reference has no words");
        }
        int lcs = lcs(ref, hyp);
        double f = f1(lcs, ref.size(), hyp.size());
        return result(context, f, String.format(Locale.ROOT, "LCS %d of %d reference / %d answer tokens", lcs,
                ref.size(), hyp.size()));
    }

    /** ROUGE-L F1 of two texts. */
    public static double rougeL(String reference, String answer) {
        List<String> ref = TextUnits.words(reference);
        List<String> hyp = TextUnits.words(answer);
        return f1(lcs(ref, hyp), ref.size(), hyp.size());
    }

    static double f1(int lcs, int refLength, int hypLength) {
        if (lcs == 0 || refLength == 0 || hypLength == 0) {
            return 0.0;
        }
        double precision = (double) lcs / hypLength;
        double recall = (double) lcs / refLength;
        return 2 * precision * recall / (precision + recall);
    }

    /** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
    static int lcs(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
