package io.sidebench.logic.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Quality against speed or cost, one point per model, with the Pareto frontier drawn through. */
public final class TradeoffCharts {
    /** The frontier's legend entry in English. */
    public static final String FRONTIER = "Pareto frontier";
    private final ChartTheme theme;
    private final ChartText text;

    public TradeoffCharts(ChartTheme theme) {
        this(theme, ChartText.ENGLISH);
    }

    /** @param text the words on the charts, in the caller's language */
    public TradeoffCharts(ChartTheme theme, ChartText text) {
        this.theme = theme;
        this.text = text;
    }

    /** @param points quality against median end-to-end latency in seconds (lower is better) */
    public JFreeChart qualityVsLatency(String scoreName, List<TradeoffPoint> points) {
        return qualityVsSpeed(scoreName, points, text.get("medianE2e"), true);
    }

    /**
     * @param speedLabel     x-axis label with its unit, e.g. "Median end-to-end latency (s)"
     * @param lowerXIsBetter true for a latency, false for a rate such as tokens/s
     */
    public JFreeChart qualityVsSpeed(String scoreName, List<TradeoffPoint> points, String speedLabel,
                                     boolean lowerXIsBetter) {
        return scatter(text.get("qualityVsSpeed"), scoreName, points, speedLabel, lowerXIsBetter);
    }

    /** x is the cost of 1,000 answers in USD; models without a price are left out by the caller. */
    public JFreeChart qualityVsCost(String scoreName, List<TradeoffPoint> points) {
        return scatter(text.get("qualityVsCost"), scoreName, points, text.get("costAxis"), true);
    }

    private JFreeChart scatter(String title, String scoreName, List<TradeoffPoint> points, String xLabel,
                               boolean lowerXIsBetter) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries frontier = new XYSeries(text.get("frontier"), false, true);
        List<TradeoffPoint> best = ParetoFrontier.compute(points, lowerXIsBetter);
        for (TradeoffPoint p : best) {
            frontier.add(p.x(), p.y());
        }
        dataset.addSeries(frontier);
        for (TradeoffPoint p : points) {
            XYSeries series = new XYSeries(p.model(), false, true);
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                series.add(p.x(), p.y());
            }
            dataset.addSeries(series);
        }
        NumberAxis x = new NumberAxis(text.get(lowerXIsBetter ? "lowerBetter" : "higherBetter", xLabel));
        x.setAutoRangeIncludesZero(false);
        x.setUpperMargin(0.18);
        x.setLowerMargin(0.05);
        NumberAxis y = new NumberAxis(text.get("qualityAxis", scoreName));
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.08);
        // equal values (all models score 0, or cost the same) would otherwise give a range of 1E-8 and a
        // column of meaningless ticks
        x.setAutoRangeMinimumSize(minimumSpan(points.stream().mapToDouble(TradeoffPoint::x).toArray()));
        y.setAutoRangeMinimumSize(minimumSpan(points.stream().mapToDouble(TradeoffPoint::y).toArray()));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(0, theme.muted());
        renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        double minX = points.stream().mapToDouble(TradeoffPoint::x).filter(Double::isFinite).min().orElse(0);
        double maxX = points.stream().mapToDouble(TradeoffPoint::x).filter(Double::isFinite).max().orElse(1);
        for (int i = 0; i < points.size(); i++) {
            int s = i + 1;
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
            renderer.setSeriesPaint(s, AppColors.series(i));
            TradeoffPoint p = points.get(i);
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                boolean onFrontier = best.contains(p);
                XYTextAnnotation label = new XYTextAnnotation((onFrontier ? "★ " : "") + p.model(), p.x(), p.y());
                // labels of points in the right half extend to the left, so they stay inside the plot
                boolean right = maxX > minX && p.x() > (minX + maxX) / 2;
                label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                label.setFont(ChartTheme.font(onFrontier ? Font.BOLD : Font.PLAIN, 11));
                label.setPaint(theme.text());
                plot.addAnnotation(label);
            }
        }
        ChartSupport.subtitle(chart, theme, text.get("frontier.note",
                text.get(lowerXIsBetter ? "cheaperFaster" : "faster")));
        return chart;
    }

    /** The smallest axis range worth showing for these values: a tenth of their magnitude, 1 for zeros. */
    static double minimumSpan(double[] values) {
        double magnitude = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                magnitude = Math.max(magnitude, Math.abs(v));
            }
        }
        return magnitude == 0 ? 1 : magnitude * 0.1;
    }
}
