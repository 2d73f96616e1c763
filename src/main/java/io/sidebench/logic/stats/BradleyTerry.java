package io.sidebench.logic.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bradley-Terry model P(i beats j) = p_i / (p_i + p_j) (Bradley &amp; Terry 1952), fitted by maximum
 * likelihood with Newton's method on the log-strengths (Hunter 2004, "MM algorithms for generalized
 * Bradley-Terry models", gives the likelihood; at its maximum each model's expected score equals its
 * actual score). A tie counts as half a win for each side.
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
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-10;
    /** Keeps the Newton system solvable when the data leave a direction flat (e.g. a model never lost). */
    private static final double RIDGE = 1e-9;

    private final double prior;

    public BradleyTerry(double prior) {
        if (prior < 0) {
            throw new IllegalArgumentException("the prior must not be negative");
        }
        this.prior = prior;
    }

    /**
     * One model's rating: Elo-scaled, with a bootstrap interval. All three are {@code null} for a model
     * without comparisons (its rating would only reflect the prior).
     */
    public record Rating(long modelId, String model, Double rating, Double ciLow, Double ciHigh, int comparisons) {
    }

    /** Elo-scaled ratings of the models, in the order given. */
    public double[] fit(List<Long> models, List<PairOutcome> outcomes) {
        int k = models.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(models.get(i), i);
        }
        double[][] games = new double[k][k];
        double[][] points = new double[k][k];
        for (PairOutcome o : outcomes) {
            Integer a = index.get(o.modelA());
            Integer b = index.get(o.modelB());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            games[a][b]++;
            games[b][a]++;
            points[a][b] += o.scoreA();
            points[b][a] += 1 - o.scoreA();
        }
        double[] theta = maximise(games, points);
        double mean = 0;
        for (double t : theta) {
            mean += t / k;
        }
        double[] ratings = new double[k];
        for (int i = 0; i < k; i++) {
            ratings[i] = 1000 + 400 * (theta[i] - mean) / Math.log(10);
        }
        return ratings;
    }

    /**
     * Newton-Raphson on the log-strengths theta = ln p with step halving: the log-likelihood is concave,
     * strictly so with the prior. Without it, one model's theta is held at 0 (the scale is free) and
     * models without games stay at 0.
     */
    private double[] maximise(double[][] games, double[][] points) {
        int k = games.length;
        double[] theta = new double[k];
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double played = 0;
            for (int j = 0; j < k; j++) {
                played += games[i][j];
            }
            if (prior > 0 || played > 0) {
                free.add(i);
            }
        }
        if (prior == 0 && !free.isEmpty()) {
            free.remove(free.size() - 1);
        }
        int f = free.size();
        double current = logLikelihood(theta, games, points);
        for (int iter = 0; iter < MAX_ITERATIONS && f > 0; iter++) {
            double[] gradient = new double[f];
            double[][] negHessian = new double[f][f];
            for (int a = 0; a < f; a++) {
                int i = free.get(a);
                double s0 = sigmoid(theta[i]);
                gradient[a] = prior * (0.5 - s0);
                negHessian[a][a] = prior * s0 * (1 - s0) + RIDGE;
                for (int j = 0; j < k; j++) {
                    if (j == i || games[i][j] == 0) {
                        continue;
                    }
                    double s = sigmoid(theta[i] - theta[j]);
                    gradient[a] += points[i][j] - games[i][j] * s;
                    negHessian[a][a] += games[i][j] * s * (1 - s);
                    int b = free.indexOf(j);
                    if (b >= 0) {
                        negHessian[a][b] -= games[i][j] * s * (1 - s);
                    }
                }
            }
            double[] step = solve(negHessian, gradient);
            double scale = 1;
            double[] next = theta.clone();
            double value;
            while (true) {
                for (int a = 0; a < f; a++) {
                    next[free.get(a)] = theta[free.get(a)] + scale * step[a];
                }
                value = logLikelihood(next, games, points);
                if (value >= current - 1e-12 || scale < 1e-8) {
                    break;
                }
                scale /= 2;
            }
            double change = 0;
            for (double d : step) {
                change = Math.max(change, Math.abs(scale * d));
            }
            theta = next;
            current = value;
            if (change < TOLERANCE) {
                break;
            }
        }
        return theta;
    }

    private double logLikelihood(double[] theta, double[][] games, double[][] points) {
        double ll = 0;
        for (int i = 0; i < theta.length; i++) {
            ll += prior / 2 * (logSigmoid(theta[i]) + logSigmoid(-theta[i]));
            for (int j = 0; j < theta.length; j++) {
                if (j != i && points[i][j] > 0) {
                    ll += points[i][j] * logSigmoid(theta[i] - theta[j]);
                }
            }
        }
        return ll;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logSigmoid(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    /** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
    static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[] b = rhs.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-300) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = Math.abs(a[r][r]) < 1e-300 ? 0 : sum / a[r][r];
        }
        return x;
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
            if (comparisons[i] == 0) {
                out.add(new Rating(models.get(i), names.get(i), null, null, null, 0));
                continue;
            }
            double[] ci = bootstrap.interval(replicates[i]);
            out.add(new Rating(models.get(i), names.get(i), point[i], ci[0], ci[1], comparisons[i]));
        }
        return out;
    }
}
