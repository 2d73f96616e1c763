package io.sidebench.logic.export;

import io.sidebench.logic.answers.SpeedSource;
import io.sidebench.logic.charts.WinRates;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.results.RunRows;
import io.sidebench.logic.stats.BradleyTerry;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.PairOutcome;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.stats.StatsService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link Report} for one run from a project's store. */
public final class ReportBuilder {
    private final ProjectStore store;
    private final Clock clock;

    public ReportBuilder(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads the run's rows once to compute everything but the rows themselves; the report's rows are
     * read again, page by page, when an exporter writes them, so the project must stay open until then.
     */
    public Report build(Run run) {
        RunRows rows = new ResultsQuery(store).cursor(run.id());
        List<ModelConfig> models = new ArrayList<>();
        for (long id : run.modelIds()) {
            store.models().get(id).ifPresent(models::add);
        }
        List<String> scorers = rows.scorers();
        String primary = primaryScore(scorers);
        RowSummary.Accumulator summarise = new RowSummary.Accumulator(primary, store.meta().objectives());
        ExamplePicker picker = new ExamplePicker(primary, store.meta().objectives());
        for (ResultRow row : rows) {
            summarise.add(row);
            picker.accept(row);
        }
        RowSummary summary = summarise.finish();
        List<HumanColumns> humanColumns = HumanColumns.of(store.meta().objectives(), summary.annotationDimensions());
        List<LeaderboardRow> leaderboard = leaderboard(models, summary, scorers, primary, humanColumns);
        List<Vote> votes = store.votes().forRun(run.id());
        boolean human = votes.stream().anyMatch(v -> !v.judge());
        List<Vote> used = votes.stream().filter(v -> v.judge() != human).toList();
        WinRates winRates = used.isEmpty() ? null : winRates(models, used);
        List<BradleyTerry.Rating> ratings = used.isEmpty() ? List.of() : ratings(models, used);
        // profiles and risks are those of the run's models only: a model of the project that did not answer
        // has no place in this run's report
        List<ModelConfig> candidates = List.copyOf(models);
        String setName = store.promptSets().get(run.promptSetId()).map(s -> s.name()).orElse("?");
        return new Report(store.meta().title(), store.meta().objectives(), run, setName,
                store.promptSets().count(run.promptSetId()), models, rows, summary, scorers, primary, leaderboard,
                picker.finish(), winRates, human ? "human votes" : "judge votes", ratings, clock.instant(), candidates,
                judgment(run, models, summary, votes), SpeedSource.of(store, run.id()), speedNote(run));
    }

    /** How Sidebench measured the run's speeds; none for imported answers (their {@link SpeedSource} says it). */
    private String speedNote(Run run) {
        if (io.sidebench.logic.answers.ImportedRun.find(store, run.id()).isPresent()) {
            return null;
        }
        return io.sidebench.logic.run.SpeedMeasurement.describe(store, run);
    }

    /** Human ratings per dimension, agreement and judge–human agreement, from the annotated answers only. */
    private JudgmentReport judgment(Run run, List<ModelConfig> models, RowSummary summary, List<Vote> votes) {
        Map<Long, Prompt> prompts = new LinkedHashMap<>();
        store.promptSets().prompts(run.promptSetId()).forEach(p -> prompts.put(p.id(), p));
        RunDataset data = new RunDataset(run, models, prompts, summary.annotatedCells(),
                summary.annotatedJudgeScores(), votes,
                summary.annotations().stream().map(AnnotationLine::annotation).toList());
        return JudgmentReport.compute(data, store.meta().objectives().rubric(),
                new io.sidebench.logic.stats.Bootstrap(io.sidebench.logic.stats.Bootstrap.DEFAULT_SEED, 1000, 0.95));
    }

    /** The same choice as {@code stats}: a judge score, else embedding, rougeL, chrF, BLEU, ..., else the first. */
    static String primaryScore(List<String> scorers) {
        return StatsService.choosePrimary(scorers);
    }

    static List<LeaderboardRow> leaderboard(List<ModelConfig> models, RowSummary summary, List<String> scorers,
                                            String primary, List<HumanColumns> human) {
        List<LeaderboardRow> out = new ArrayList<>();
        for (ModelConfig model : models) {
            RowSummary.ModelValues v = summary.model(model.id());
            // baselines answer without a model: their timings mean nothing, so none are reported
            boolean timed = !model.isBaseline();
            long seed = model.id() * 7919L;
            Map<String, Interval> scores = new LinkedHashMap<>();
            for (String scorer : scorers) {
                Interval interval = Bootstrap.mean(v.score(scorer), seed + scorer.hashCode());
                if (!interval.isEmpty()) {
                    scores.put(scorer, interval);
                }
            }
            Map<String, Interval> ratings = new LinkedHashMap<>();
            for (HumanColumns column : human) {
                Interval interval = column.interval(v.human(column.key()), seed + 1 + column.key().hashCode());
                if (!interval.isEmpty()) {
                    ratings.put(column.key(), interval);
                }
            }
            double[] costs = v.cost.finite();
            Double costPer1000 = costs.length == 0 ? null : Arrays.stream(costs).average().orElse(0) * 1000;
            out.add(new LeaderboardRow(model.name(), model.isBaseline(), v.ok, v.total - v.ok, scores,
                    ratings,
                    Bootstrap.mean(timed ? v.ttft : DoubleColumn.EMPTY, seed + 2),
                    Bootstrap.mean(timed ? v.e2e : DoubleColumn.EMPTY, seed + 3),
                    Bootstrap.median(timed ? v.e2e : DoubleColumn.EMPTY),
                    Bootstrap.mean(timed ? v.tokensPerSecond : DoubleColumn.EMPTY, seed + 4),
                    Bootstrap.mean(timed ? v.tpot : DoubleColumn.EMPTY, seed + 5),
                    costPer1000));
        }
        if (primary != null) {
            boolean higher = StatsService.higherIsBetter(primary);
            out.sort(Comparator.comparingDouble((LeaderboardRow r) -> {
                double m = r.score(primary).mean();
                return Double.isNaN(m) ? Double.POSITIVE_INFINITY : higher ? -m : m;
            }));
        }
        return out;
    }

    /** Bradley–Terry ratings (Elo scale, bootstrap intervals, fixed seed) of the models that were compared. */
    static List<BradleyTerry.Rating> ratings(List<ModelConfig> models, List<Vote> votes) {
        List<PairOutcome> outcomes = votes.stream().filter(v -> v.leftModelId() != v.rightModelId())
                .map(PairOutcome::of).toList();
        List<ModelConfig> compared = models.stream().filter(m -> outcomes.stream()
                .anyMatch(o -> o.modelA() == m.id() || o.modelB() == m.id())).toList();
        if (compared.size() < 2) {
            return List.of();
        }
        return new BradleyTerry(BradleyTerry.DEFAULT_PRIOR).rate(compared.stream().map(ModelConfig::id).toList(),
                compared.stream().map(ModelConfig::displayName).toList(), outcomes,
                new io.sidebench.logic.stats.Bootstrap(io.sidebench.logic.stats.Bootstrap.DEFAULT_SEED, 1000, 0.95));
    }

    /** Row model's share of wins against the column model; ties count half, "both bad" is left out. */
    static WinRates winRates(List<ModelConfig> models, List<Vote> votes) {
        int n = models.size();
        double[][] wins = new double[n][n];
        int[][] games = new int[n][n];
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(models.get(i).id(), i);
        }
        for (Vote v : votes) {
            Integer l = index.get(v.leftModelId());
            Integer r = index.get(v.rightModelId());
            if (l == null || r == null || l.equals(r) || v.outcome() == io.sidebench.model.VoteOutcome.BOTH_BAD) {
                continue;
            }
            games[l][r]++;
            games[r][l]++;
            switch (v.outcome()) {
                case LEFT -> wins[l][r] += 1;
                case RIGHT -> wins[r][l] += 1;
                default -> {
                    wins[l][r] += 0.5;
                    wins[r][l] += 0.5;
                }
            }
        }
        List<Integer> compared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int total = 0;
            for (int j = 0; j < n; j++) {
                total += games[i][j];
            }
            if (total > 0) {
                compared.add(i);
            }
        }
        List<List<Double>> rates = new ArrayList<>();
        for (int i : compared) {
            List<Double> row = new ArrayList<>();
            for (int j : compared) {
                row.add(games[i][j] == 0 ? null : wins[i][j] / games[i][j]);
            }
            rates.add(row);
        }
        return new WinRates(compared.stream().map(i -> models.get(i).displayName()).toList(), rates);
    }
}
