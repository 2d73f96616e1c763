package io.sidebench.logic.stats;

import io.sidebench.model.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Computes a run's {@link StatsReport} from a {@link RunDataset}; pure, so it may run on any thread. */
public final class StatsService {
    /** Which score ranks the leaderboard when none is chosen: the first of these that the run has. */
    static final List<String> PREFERRED = List.of("embedding", "rougeL", "chrf", "bleu", "checks", "relevance");

    private final Bootstrap bootstrap;
    private final BradleyTerry bradleyTerry;

    public StatsService(Bootstrap bootstrap, BradleyTerry bradleyTerry) {
        this.bootstrap = bootstrap;
        this.bradleyTerry = bradleyTerry;
    }

    public static StatsService defaults() {
        return new StatsService(Bootstrap.defaults(), new BradleyTerry(BradleyTerry.DEFAULT_PRIOR));
    }

    /** @param primaryMetric the metric to rank by, {@code null} to choose one */
    public StatsReport compute(RunDataset data, String primaryMetric) {
        List<MetricSummaries.Group> summaries = MetricSummaries.summarize(data, bootstrap);
        List<String> metrics = summaries.stream().map(MetricSummaries.Group::metric).distinct().toList();
        String primary = primaryMetric != null ? primaryMetric : choosePrimary(metrics);
        if (primary != null && !metrics.contains(primary)) {
            throw new IllegalArgumentException("the run has no values for '" + primary + "'; it has: "
                    + (metrics.isEmpty() ? "none" : String.join(", ", metrics)));
        }
        boolean higher = primary == null || higherIsBetter(primary);
        List<Leaderboard.Row> board = primary == null ? List.of() : Leaderboard.by(primary, higher).build(summaries);
        List<PairedBootstrap.Result> tests = new ArrayList<>();
        if (primary != null) {
            List<Observation> observations = MetricSummaries.observations(data);
            List<Long> ids = board.stream().map(Leaderboard.Row::modelId).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    long a = ids.get(i);
                    long b = ids.get(j);
                    tests.add(PairedBootstrap.test(primary, a, data.modelName(a),
                            MetricSummaries.perPrompt(observations, primary, a), b, data.modelName(b),
                            MetricSummaries.perPrompt(observations, primary, b), bootstrap));
                }
            }
        }
        int failed = (int) data.completions().stream().filter(c -> !c.isOk()).count();
        return new StatsReport(data.run().id(), data.run().name(), data.completions().size(), failed, primary, higher,
                bootstrap.resamples(), bootstrap.level(), bootstrap.seed(), board, summaries,
                voteStats(data, false), voteStats(data, true), tests, Agreement.ofAnnotations(data.annotations()));
    }

    /** Win matrix and Bradley-Terry ratings of the human ({@code judge} false) or judge votes. */
    public StatsReport.VoteStats voteStats(RunDataset data, boolean judge) {
        List<PairOutcome> outcomes = new ArrayList<>();
        TreeSet<String> voters = new TreeSet<>();
        for (Vote v : data.votes()) {
            if (v.judge() == judge && v.leftModelId() != v.rightModelId()) {
                outcomes.add(PairOutcome.of(v));
                voters.add(v.voter());
            }
        }
        List<Long> ids = data.modelIds();
        List<String> names = data.modelNames();
        WinMatrix matrix = WinMatrix.of(ids, names, outcomes);
        List<BradleyTerry.Rating> ratings = outcomes.isEmpty() ? List.of()
                : bradleyTerry.rate(ids, names, outcomes, bootstrap);
        return new StatsReport.VoteStats(outcomes.size(), List.copyOf(voters), matrix, ratings);
    }

    /** The metric ranked by default among {@code metrics}: a judge score, else {@link #PREFERRED}, else speed. */
    public static String choosePrimary(List<String> metrics) {
        for (String m : metrics) {
            if (m.startsWith("judge:")) {
                return m;
            }
        }
        for (String p : PREFERRED) {
            if (metrics.contains(p)) {
                return p;
            }
        }
        if (metrics.contains(SpeedMetric.TOKENS_PER_SECOND.id())) {
            return SpeedMetric.TOKENS_PER_SECOND.id();
        }
        return metrics.isEmpty() ? null : metrics.get(0);
    }

    /** Lower is better for latencies, cost and refusals; higher for everything else. */
    public static boolean higherIsBetter(String metric) {
        SpeedMetric speed = SpeedMetric.byId(metric);
        if (speed != null) {
            return speed.higherIsBetter();
        }
        return !metric.equals("refusal");
    }


}
