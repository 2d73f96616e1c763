package io.sidebench.logic.stats;

import java.util.List;

/**
 * All figures of one run, as plain records for the CLI, charts, exports and the GUI. Human and judge
 * votes are kept apart: each has its own win matrix and Bradley-Terry ratings.
 *
 * @param primaryMetric   what the leaderboard ranks by ({@code null} when the run has nothing to rank)
 * @param pairedTests     paired bootstrap tests on the primary metric, for every pair of models
 */
public record StatsReport(long runId, String runName, int completions, int failedCompletions, String primaryMetric,
                          boolean higherIsBetter, int resamples, double level, long seed,
                          List<Leaderboard.Row> leaderboard, List<MetricSummaries.Group> summaries,
                          VoteStats humanVotes, VoteStats judgeVotes, List<PairedBootstrap.Result> pairedTests,
                          List<Agreement.Result> agreement) {

    /** Statistics of one kind of votes; {@code votes} 0 means there were none. */
    public record VoteStats(int votes, List<String> voters, WinMatrix winMatrix, List<BradleyTerry.Rating> ratings) {
    }
}
