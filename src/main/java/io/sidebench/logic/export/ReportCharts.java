package io.sidebench.logic.export;

import io.sidebench.logic.charts.ChartText;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.charts.Estimate;
import io.sidebench.logic.charts.ModelSample;
import io.sidebench.logic.charts.QualityCharts;
import io.sidebench.logic.charts.SpeedCharts;
import io.sidebench.logic.charts.TradeoffCharts;
import io.sidebench.logic.charts.TradeoffPoint;
import io.sidebench.model.ModelConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a report, built from its data with the chart factories. Keys are file-name friendly
 * ({@code ttft-box}, {@code quality-vs-cost}, ...); charts without data are left out.
 */
public final class ReportCharts {
    private final SpeedCharts speed;
    private final QualityCharts quality;
    private final TradeoffCharts tradeoff;

    /** Points per model in the latency CDF, at most. */
    static final int CDF_POINTS = 250;

    private final ChartText text;

    /** Charts with English texts, as the reports have them. */
    public ReportCharts(ChartTheme theme) {
        this(theme, ChartText.ENGLISH);
    }

    /** @param text the words on the charts (the GUI passes its UI language) */
    public ReportCharts(ChartTheme theme, ChartText text) {
        this.text = text;
        this.speed = new SpeedCharts(theme, text);
        this.quality = new QualityCharts(theme, text);
        this.tradeoff = new TradeoffCharts(theme, text);
    }

    /** The one-line caption of chart {@code key} in this chart language. */
    public String caption(String key) {
        return CAPTIONS.containsKey(key) ? text.get("caption." + key) : key;
    }

    /** "human votes" / "judge votes" (the report's vote source) in this chart language. */
    private String source(String winRateSource) {
        return "human votes".equals(winRateSource) ? text.get("humanVotes")
                : "judge votes".equals(winRateSource) ? text.get("judgeVotes") : winRateSource;
    }

    /** The charts that show speed figures (marked when another tool measured them). */
    public static final List<String> SPEED_CHARTS = List.of("quality-vs-speed", "ttft-box", "tokens-per-second",
            "tpot", "latency-cdf");

    /** Chart key to its English one-line caption, in report order. */
    public static final Map<String, String> CAPTIONS = captions();

    private static Map<String, String> captions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("quality-vs-cost", "Quality vs. cost, with the Pareto frontier");
        m.put("quality-vs-speed", "Quality vs. speed, with the Pareto frontier");
        m.put("category-bars", "Headline score by prompt category");
        m.put("score-distribution", "Distribution of the headline score");
        m.put("win-rate", "Pairwise win rates");
        m.put("bradley-terry", "Bradley–Terry ratings from pairwise votes");
        m.put("ttft-box", "Time to first token");
        m.put("tokens-per-second", "Output speed");
        m.put("tpot", "Time per output token");
        m.put("latency-cdf", "End-to-end latency");
        return Map.copyOf(m);
    }

    public Map<String, JFreeChart> build(Report report) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        List<ModelConfig> models = report.models();
        // baselines answer instantly: they bound quality scores but say nothing about speed
        List<ModelConfig> real = models.stream().filter(m -> !m.isBaseline()).toList();
        RowSummary summary = report.summary();
        String primary = report.primaryScore();
        if (primary != null) {
            List<TradeoffPoint> cost = new ArrayList<>();
            List<TradeoffPoint> latency = new ArrayList<>();
            for (LeaderboardRow row : inModelOrder(report)) {
                double q = row.score(primary).mean();
                if (row.baseline()) {
                    continue;
                }
                if (row.costPer1000() != null) {
                    cost.add(new TradeoffPoint(row.label(), row.costPer1000(), q));
                }
                latency.add(new TradeoffPoint(row.label(), row.medianE2eMs() / 1000.0, q));
            }
            if (cost.size() >= 2) {
                charts.put("quality-vs-cost", tradeoff.qualityVsCost(primary, cost));
            }
            if (latency.stream().anyMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()))) {
                charts.put("quality-vs-speed", tradeoff.qualityVsLatency(primary, latency));
            }
            List<Estimate> perCategory = perCategory(report, primary);
            if (!perCategory.isEmpty()) {
                charts.put("category-bars", quality.categoryBars(primary, perCategory));
            }
            List<ModelSample> scores = samples(models, summary, v -> v.score(primary));
            double max = scores.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max()
                    .orElse(1);
            double min = scores.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).min()
                    .orElse(0);
            boolean unit = min >= 0 && max <= 1;
            double lo = unit ? 0 : Math.floor(min);
            double hi = unit ? 1 : Math.max(Math.ceil(max), lo + 1);
            int bins = unit ? 10 : (int) Math.min(10, hi - lo);
            charts.put("score-distribution", quality.scoreDistribution(primary, scores, lo, hi, bins));
        }
        if (report.winRates() != null) {
            charts.put("win-rate", quality.winRateHeatMap(report.winRates(), source(report.winRateSource())));
        }
        if (!report.ratings().isEmpty()) {
            charts.put("bradley-terry", quality.bradleyTerry(report.ratings().stream()
                    .map(r -> Estimate.of(r.model(), r.rating(), r.ciLow() == null ? Double.NaN : r.ciLow(),
                            r.ciHigh() == null ? Double.NaN : r.ciHigh())).toList(), source(report.winRateSource())));
        }
        List<ModelSample> ttft = samples(real, summary, v -> v.ttft);
        if (ttft.stream().anyMatch(s -> !s.values().isEmpty())) {
            charts.put("ttft-box", speed.ttftBoxPlot(ttft));
            charts.put("tokens-per-second", speed.tokensPerSecondBars(estimates(report, LeaderboardRow::tokensPerSecond)));
            charts.put("tpot", speed.tpotBars(estimates(report, LeaderboardRow::tpotMs)));
            charts.put("latency-cdf", speed.latencyCdf(cdfSamples(real, summary)));
        } else if (report.speed().imported()) {
            // another tool's file may carry latency and tokens without TTFT: chart what it has
            List<Estimate> perSecond = estimates(report, LeaderboardRow::tokensPerSecond);
            if (perSecond.stream().anyMatch(e -> Double.isFinite(e.value()))) {
                charts.put("tokens-per-second", speed.tokensPerSecondBars(perSecond));
            }
            if (samples(real, summary, v -> v.e2e).stream().anyMatch(s -> !s.values().isEmpty())) {
                charts.put("latency-cdf", speed.latencyCdf(cdfSamples(real, summary)));
            }
        }
        if (report.speed().imported()) {
            for (String key : SPEED_CHARTS) {
                JFreeChart chart = charts.get(key);
                if (chart != null) {
                    speed.markImported(chart, report.speed().tool(), report.speed().file());
                }
            }
        }
        return charts;
    }

    private static List<LeaderboardRow> inModelOrder(Report report) {
        List<LeaderboardRow> out = new ArrayList<>();
        for (ModelConfig m : report.models()) {
            report.leaderboard().stream().filter(r -> r.model().equals(m.name())).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static List<Estimate> estimates(Report report, Function<LeaderboardRow, Interval> metric) {
        List<Estimate> out = new ArrayList<>();
        for (LeaderboardRow row : inModelOrder(report)) {
            if (row.baseline()) {
                continue;
            }
            Interval i = metric.apply(row);
            out.add(Estimate.of(row.label(), i.mean(), i.low(), i.high()));
        }
        return out;
    }

    private static List<ModelSample> samples(List<ModelConfig> models, RowSummary summary,
                                             Function<RowSummary.ModelValues, DoubleColumn> metric) {
        List<ModelSample> out = new ArrayList<>();
        for (ModelConfig m : models) {
            out.add(new ModelSample(m.displayName(), metric.apply(summary.model(m.id())).asList()));
        }
        return out;
    }

    /**
     * End-to-end latencies for the CDF, at most {@value #CDF_POINTS} per model: beyond that, the values at
     * evenly spaced ranks, whose step curve stays within 1/{@value #CDF_POINTS} of the full one (0.4
     * percentage points, under two pixels of the plot) while the chart holds hundreds of steps instead of one
     * per answer (JFreeSVG writes each step as its own path: ~0.8 KB of HTML per step).
     */
    static List<ModelSample> cdfSamples(List<ModelConfig> models, RowSummary summary) {
        List<ModelSample> out = new ArrayList<>();
        for (ModelConfig m : models) {
            double[] sorted = summary.model(m.id()).e2e.toArray();
            Arrays.sort(sorted);
            int n = sorted.length;
            List<Double> values = new ArrayList<>(Math.min(n, CDF_POINTS));
            if (n <= CDF_POINTS) {
                Arrays.stream(sorted).forEach(values::add);
            } else {
                for (int j = 1; j <= CDF_POINTS; j++) {
                    values.add(sorted[(int) Math.ceil((double) j * n / CDF_POINTS) - 1]);
                }
            }
            out.add(new ModelSample(m.displayName(), values));
        }
        return out;
    }

    private static List<Estimate> perCategory(Report report, String primary) {
        List<String> categories = report.summary().categories();
        if (categories.size() < 2) {
            return List.of();
        }
        List<Estimate> out = new ArrayList<>();
        for (ModelConfig m : report.models()) {
            for (String c : categories) {
                Interval i = Bootstrap.mean(report.summary().model(m.id()).primaryIn(c), m.id() * 31L + c.hashCode());
                if (!i.isEmpty()) {
                    out.add(new Estimate(m.displayName(), c, i.mean(), i.low(), i.high()));
                }
            }
        }
        return out;
    }
}
