package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bradley-Terry model P(i beats j) = p_i / (p_i + p_j), fitted by maximum likelihood with the MM
 * algorithm of Hunter (2004, "MM algorithms for generalized Bradley-Terry models", eq. 3):
 * p_i &larr; W_i / &Sigma;_j n_ij / (p_i + p_j). A tie counts as half a win for each side.
 *
 * <p>So that a model that never won (or never lost) still gets a finite rating, each model also plays
 * {@code prior} virtual games against a fixed reference player of strength 1, winning half of them
 * (a weak prior; 0 gives the plain maximum-likelihood estimate, which then exists only when every
 * model has won and lost). Ratings are reported on the Elo scale: 1000 + 400·log10(p_i / g), g the
 * geometric mean of the strengths, so a 400-point gap means 10:1 odds. Intervals: percentile bootstrap
 * over the comparisons.
 */
public final class BradleyTerry {
    public static final double DEFAULT_PRIOR = 1.0;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double TOLERANCE = 1e-10;

    private final double prior;

    public BradleyTerry(double prior) {
        if (prior < 0) {
            throw new IllegalArgumentException("the prior must not be negative");
        }
        this.prior = prior;
    }

    /** One model's rating: Elo-scaled, with a bootstrap interval ({@code null} without bootstrap). */
    public record Rating(long modelId, String model, double rating, Double ciLow, Double ciHigh, int comparisons) {
    }

    /** Elo-scaled ratings of the models, in the order given. */
    public double[] fit(List<Long> models, List<PairOutcome> outcomes) {
        int k = models.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(models.get(i), i);
        }
        double[][] n = new double[k][k];
        double[] wins = new double[k];
        for (PairOutcome o : outcomes) {
            Integer a = index.get(o.modelA());
            Integer b = index.get(o.modelB());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            n[a][b]++;
            n[b][a]++;
            wins[a] += o.scoreA();
            wins[b] += 1 - o.scoreA();
        }
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] next = new double[k];
            double change = 0;
            for (int i = 0; i < k; i++) {
                double denominator = prior / (p[i] + 1.0);
                for (int j = 0; j < k; j++) {
                    if (j != i && n[i][j] > 0) {
                        denominator += n[i][j] / (p[i] + p[j]);
                    }
                }
                double numerator = wins[i] + prior / 2;
                next[i] = denominator == 0 ? p[i] : Math.max(numerator / denominator, 1e-300);
            }
            if (prior == 0) {
                normalise(next);
            }
            for (int i = 0; i < k; i++) {
                change = Math.max(change, Math.abs(Math.log(next[i]) - Math.log(p[i])));
            }
            p = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        normalise(p);
        double[] ratings = new double[k];
        for (int i = 0; i < k; i++) {
            ratings[i] = 1000 + 400 * Math.log10(p[i]);
        }
        return ratings;
    }

    /** Ratings with percentile-bootstrap intervals over the comparisons. */
    public List<Rating> rate(List<Long> models, List<String> names, List<PairOutcome> outcomes, Bootstrap bootstrap) {
        double[] point = fit(models, outcomes);
        int k = models.size();
        double[][] replicates = new double[k][bootstrap.resamples()];
        SplittableRandom random = bootstrap.random();
        int m = outcomes.size();
        for (int b = 0; b < bootstrap.resamples() && m > 0; b++) {
            List<PairOutcome> sample = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                sample.add(outcomes.get(random.nextInt(m)));
            }
            double[] r = fit(models, sample);
            for (int i = 0; i < k; i++) {
                replicates[i][b] = r[i];
            }
        }
        int[] comparisons = new int[k];
        for (PairOutcome o : outcomes) {
            int a = models.indexOf(o.modelA());
            int c = models.indexOf(o.modelB());
            if (a >= 0 && c >= 0 && a != c) {
                comparisons[a]++;
                comparisons[c]++;
            }
        }
        List<Rating> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] ci = m > 0 ? bootstrap.interval(replicates[i]) : null;
            out.add(new Rating(models.get(i), names.get(i), point[i], ci == null ? null : ci[0],
                    ci == null ? null : ci[1], comparisons[i]));
        }
        return out;
    }

    private static void normalise(double[] p) {
        double logMean = 0;
        for (double v : p) {
            logMean += Math.log(v);
        }
        double g = Math.exp(logMean / p.length);
        for (int i = 0; i < p.length; i++) {
            p[i] /= g;
        }
    }
}
