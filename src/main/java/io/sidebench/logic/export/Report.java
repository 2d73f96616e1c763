package io.sidebench.logic.export;

import io.sidebench.logic.answers.SpeedSource;
import io.sidebench.logic.charts.WinRates;
import io.sidebench.logic.results.ResultRows;
import io.sidebench.logic.stats.BradleyTerry;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.Ranking;
import io.sidebench.logic.stats.StatsService;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Objectives;
import io.sidebench.model.Run;
import java.time.Instant;
import java.util.List;

/**
 * Everything an export writes about one run, computed once and shared by all formats.
 *
 * @param rows          the run's rows, read afresh from the project on each iteration when built by
 *                      {@link ReportBuilder}: keep the project open until the report is written
 * @param summary       what the report needs from all rows (counts, compact per-model metrics, annotations)
 * @param primaryScore  the score the leaderboard is sorted by and examples are picked with, or
 *                      {@code null} when the run has no scores
 * @param winRates      from human votes (judge votes when there are none), {@code null} without votes
 * @param winRateSource "human votes" or "judge votes"
 * @param ratings       Bradley–Terry ratings from the same votes as the win rates (empty without votes)
 * @param candidates    the run's models, for the profiles and risk register (never models outside the run)
 * @param judgment      human ratings per rubric dimension, agreement and judge–human agreement
 *                      ({@code null} when not computed)
 * @param speed         who measured the speed figures (Sidebench, or another tool for imported answers)
 * @param speedNote     how Sidebench measured the run's speeds ("speeds measured one model at a time", "models ran
 *                      concurrently on a shared endpoint"...), {@code null} when not known or imported
 */
public record Report(String projectTitle, Objectives objectives, Run run, String promptSetName, int promptCount,
                     List<ModelConfig> models, ResultRows rows, RowSummary summary, List<String> scorers,
                     String primaryScore, List<LeaderboardRow> leaderboard, List<Example> examples, WinRates winRates,
                     String winRateSource, List<BradleyTerry.Rating> ratings, Instant generatedAt,
                     List<ModelConfig> candidates, JudgmentReport judgment, SpeedSource speed,
                     String speedNote) {
    /** A report of a run Sidebench measured, without saying how. */
    public Report(String projectTitle, Objectives objectives, Run run, String promptSetName, int promptCount,
                  List<ModelConfig> models, ResultRows rows, RowSummary summary, List<String> scorers,
                  String primaryScore, List<LeaderboardRow> leaderboard, List<Example> examples, WinRates winRates,
                  String winRateSource, List<BradleyTerry.Rating> ratings, Instant generatedAt,
                  List<ModelConfig> candidates, JudgmentReport judgment) {
        this(projectTitle, objectives, run, promptSetName, promptCount, models, rows, summary, scorers, primaryScore,
                leaderboard, examples, winRates, winRateSource, ratings, generatedAt, candidates, judgment,
                SpeedSource.SIDEBENCH, null);
    }

    /** A report without the human-judgment figures. */
    public Report(String projectTitle, Objectives objectives, Run run, String promptSetName, int promptCount,
                  List<ModelConfig> models, ResultRows rows, RowSummary summary, List<String> scorers,
                  String primaryScore, List<LeaderboardRow> leaderboard, List<Example> examples, WinRates winRates,
                  String winRateSource, List<BradleyTerry.Rating> ratings, Instant generatedAt,
                  List<ModelConfig> candidates) {
        this(projectTitle, objectives, run, promptSetName, promptCount, models, rows, summary, scorers, primaryScore,
                leaderboard, examples, winRates, winRateSource, ratings, generatedAt, candidates, null, null, null);
    }

    public Report {
        models = List.copyOf(models);
        scorers = List.copyOf(scorers);
        leaderboard = List.copyOf(leaderboard);
        examples = List.copyOf(examples);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        candidates = candidates == null ? models : List.copyOf(candidates);
        speed = speed == null ? SpeedSource.SIDEBENCH : speed;
    }

    /**
     * Each leaderboard row's rank by the headline score, in leaderboard order, by the one rule of
     * {@link Ranking} (models whose intervals overlap share a rank); all 1 when the run has no scores.
     */
    public List<Integer> ranks() {
        boolean higher = primaryScore == null || StatsService.higherIsBetter(primaryScore);
        int[] ranks = Ranking.ranks(leaderboard.stream().map(r -> {
            Interval i = r.score(primaryScore);
            return new Ranking.Band(i.mean(), i.low(), i.high());
        }).toList(), higher);
        return java.util.Arrays.stream(ranks).boxed().toList();
    }

    /** The rank of leaderboard row {@code index} as shown: "–" when the run has no scores to rank by. */
    public String rankLabel(int index) {
        return primaryScore == null ? "–" : String.valueOf(ranks().get(index));
    }

    public String runLabel() {
        return run.name() == null || run.name().isBlank() ? "run " + run.id() : run.name() + " (run " + run.id() + ")";
    }

    public long okCount() {
        return summary.ok();
    }

    /** The human-rating columns: one per rated dimension, each on its own scale (no cross-scale mean). */
    public List<HumanColumns> humanColumns() {
        return HumanColumns.of(objectives, summary.annotationDimensions());
    }

    /** How many rows (completions) the run has. */
    public int rowCount() {
        return summary.rows();
    }
}
