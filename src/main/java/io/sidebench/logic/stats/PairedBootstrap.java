package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paired bootstrap test of two models on one score (Koehn 2004; Efron &amp; Tibshirani 1993, ch. 16):
 * over the prompts both models answered, the per-prompt differences A − B are resampled with
 * replacement; the interval is the percentile interval of the mean difference and the two-sided p-value
 * is 2·min(share of resampled means ≤ 0, share ≥ 0), with one added to counts and resamples so it is
 * never reported as exactly 0.
 */
public final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /**
     * @param meanDiff mean of A − B over the shared prompts (positive: A scores higher)
     */
    public record Result(String metric, long modelA, String a, long modelB, String b, int prompts, Double meanA,
                         Double meanB, Double meanDiff, Double ciLow, Double ciHigh, Double pValue) {
        /** True when the interval of the difference excludes 0. */
        public boolean significant() {
            return ciLow != null && ciHigh != null && (ciLow > 0 || ciHigh < 0);
        }
    }

    /**
     * @param scoresA per prompt id, model A's score (averaged over repeats)
     * @param scoresB likewise for model B
     */
    public static Result test(String metric, long modelA, String a, Map<Long, Double> scoresA, long modelB, String b,
                              Map<Long, Double> scoresB, Bootstrap bootstrap) {
        List<double[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, Double> e : scoresA.entrySet()) {
            Double other = scoresB.get(e.getKey());
            if (e.getValue() != null && other != null) {
                pairs.add(new double[] {e.getValue(), other});
            }
        }
        int n = pairs.size();
        if (n == 0) {
            return new Result(metric, modelA, a, modelB, b, 0, null, null, null, null, null, null);
        }
        double[] diffs = new double[n];
        double[] as = new double[n];
        double[] bs = new double[n];
        for (int i = 0; i < n; i++) {
            as[i] = pairs.get(i)[0];
            bs[i] = pairs.get(i)[1];
            diffs[i] = as[i] - bs[i];
        }
        double observed = Descriptives.mean(diffs);
        if (n < 2) {
            return new Result(metric, modelA, a, modelB, b, n, as[0], bs[0], observed, null, null, null);
        }
        double[] means = bootstrap.resampledMeans(diffs);
        int atMostZero = 0;
        int atLeastZero = 0;
        for (double m : means) {
            if (m <= 0) {
                atMostZero++;
            }
            if (m >= 0) {
                atLeastZero++;
            }
        }
        double p = Math.min(1.0, 2.0 * (Math.min(atMostZero, atLeastZero) + 1) / (means.length + 1));
        double[] ci = bootstrap.interval(means);
        return new Result(metric, modelA, a, modelB, b, n, Descriptives.mean(as), Descriptives.mean(bs), observed,
                ci[0], ci[1], p);
    }

}
