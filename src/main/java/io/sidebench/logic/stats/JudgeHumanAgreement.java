package io.sidebench.logic.stats;

import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Can the LLM judge be trusted on this data? Where both exist:
 * <ul>
 * <li>per judge score and rubric dimension, Spearman's rho between the judge's score of an answer and the
 *     humans' rating of it (mean over annotators), over answers that have both;</li>
 * <li>per judge, for pairwise votes on the same two answers, the agreement rate with humans with ties
 *     (outcomes A, B, tie; "both bad" counts as a tie) and without ties (only comparisons where neither
 *     voted a tie), the two set-ups of Zheng et al. 2023 (MT-Bench, section 4.2). Each (human vote, judge
 *     vote) pair on the same two answers is one comparison.</li>
 * </ul>
 */
public final class JudgeHumanAgreement {
    private JudgeHumanAgreement() {
    }

    public record Correlation(String judge, String dimension, int n, Double rho) {
    }

    public record Pairwise(String judge, int comparisons, Double withTies, int nonTieComparisons,
                           Double withoutTies) {
    }

    public record Result(List<Correlation> correlations, List<Pairwise> pairwise) {
        public Result {
            correlations = List.copyOf(correlations);
            pairwise = List.copyOf(pairwise);
        }

        public boolean isEmpty() {
            return correlations.isEmpty() && pairwise.isEmpty();
        }
    }

    public static Result compute(RunDataset data, List<HumanRatings.Dimension> dimensions) {
        return new Result(correlations(data.completions(), data.scores(), data.annotations(), dimensions),
                pairwise(data.votes()));
    }

    static List<Correlation> correlations(List<Completion> completions, List<Score> scores,
                                          List<Annotation> annotations, List<HumanRatings.Dimension> dimensions) {
        Set<Long> ok = new HashSet<>();
        completions.stream().filter(Completion::isOk).forEach(c -> ok.add(c.id()));
        Map<Long, Map<String, Double>> human = HumanRatings.perAnswer(annotations);
        Map<String, Map<Long, Double>> judges = new TreeMap<>();
        for (Score s : scores) {
            if (s.scorer().startsWith("judge") && s.value() != null && Double.isFinite(s.value())
                    && ok.contains(s.completionId())) {
                judges.computeIfAbsent(s.scorer(), k -> new TreeMap<>()).put(s.completionId(), s.value());
            }
        }
        List<Correlation> out = new ArrayList<>();
        for (Map.Entry<String, Map<Long, Double>> j : judges.entrySet()) {
            for (HumanRatings.Dimension d : dimensions) {
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                j.getValue().forEach((id, v) -> {
                    Double h = human.getOrDefault(id, Map.of()).get(d.name());
                    if (h != null) {
                        x.add(v);
                        y.add(h);
                    }
                });
                if (!x.isEmpty()) {
                    out.add(new Correlation(j.getKey(), d.name(), x.size(), spearman(x, y)));
                }
            }
        }
        return out;
    }

    /** Spearman's rho: Pearson's correlation of the ranks (ties get their average rank); {@code null} if undefined. */
    public static Double spearman(List<Double> x, List<Double> y) {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("both series need the same length");
        }
        if (x.size() < 2) {
            return null;
        }
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(List<Double> values) {
        int n = values.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values.get(a), values.get(b)));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values.get(order[j + 1]).equals(values.get(order[i]))) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** The winning completion of a vote, or 0 for a tie ("both bad" included). */
    private static long winner(Vote v) {
        return switch (v.outcome()) {
            case LEFT -> v.leftCompletionId();
            case RIGHT -> v.rightCompletionId();
            default -> 0;
        };
    }

    private static String pairKey(Vote v) {
        long a = Math.min(v.leftCompletionId(), v.rightCompletionId());
        long b = Math.max(v.leftCompletionId(), v.rightCompletionId());
        return a + "/" + b;
    }

    static List<Pairwise> pairwise(List<Vote> votes) {
        Map<String, List<Vote>> human = new LinkedHashMap<>();
        Map<String, Map<String, List<Vote>>> judges = new TreeMap<>();
        for (Vote v : votes) {
            if (v.leftCompletionId() == v.rightCompletionId()) {
                continue;
            }
            if (v.judge()) {
                judges.computeIfAbsent(v.voter(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(pairKey(v), k -> new ArrayList<>()).add(v);
            } else {
                human.computeIfAbsent(pairKey(v), k -> new ArrayList<>()).add(v);
            }
        }
        List<Pairwise> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Vote>>> j : judges.entrySet()) {
            int comparisons = 0;
            int agree = 0;
            int nonTie = 0;
            int agreeNonTie = 0;
            for (Map.Entry<String, List<Vote>> pair : j.getValue().entrySet()) {
                for (Vote judgeVote : pair.getValue()) {
                    for (Vote humanVote : human.getOrDefault(pair.getKey(), List.of())) {
                        long a = winner(judgeVote);
                        long b = winner(humanVote);
                        comparisons++;
                        if (a == b) {
                            agree++;
                        }
                        if (a != 0 && b != 0) {
                            nonTie++;
                            if (a == b) {
                                agreeNonTie++;
                            }
                        }
                    }
                }
            }
            if (comparisons > 0) {
                out.add(new Pairwise(j.getKey(), comparisons, (double) agree / comparisons, nonTie,
                        nonTie == 0 ? null : (double) agreeNonTie / nonTie));
            }
        }
        return out;
    }
}
