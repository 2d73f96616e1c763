package io.sidebench.logic.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Speed charts: TTFT box plots, TPOT and tokens/s bars with intervals, end-to-end latency CDF. */
public final class SpeedCharts {
    private final ChartTheme theme;
    private final ChartText text;

    public SpeedCharts(ChartTheme theme) {
        this(theme, ChartText.ENGLISH);
    }

    /** @param text the words on the charts, in the caller's language */
    public SpeedCharts(ChartTheme theme, ChartText text) {
        this.theme = theme;
        this.text = text;
    }

    /** One box per model: median, quartiles, whiskers at 1.5 IQR, outliers and the mean. */
    public JFreeChart ttftBoxPlot(List<ModelSample> samples) {
        return boxPlot(theme, text.get("ttft"), text.get("ttftAxis"), text.get("model"), samples,
                text.get("box.note"));
    }

    public JFreeChart tpotBars(List<Estimate> estimates) {
        return ChartSupport.intervalBars(theme, text.get("tpot"), text.get("model"), text.get("tpotAxis"),
                estimates, PlotOrientation.VERTICAL, text.get("lowerIsFaster"));
    }

    public JFreeChart tokensPerSecondBars(List<Estimate> estimates) {
        return ChartSupport.intervalBars(theme, text.get("tps"), text.get("model"), text.get("tpsAxis"),
                estimates, PlotOrientation.VERTICAL, text.get("higherIsFaster"));
    }

    /**
     * Empirical distribution of end-to-end latency: the share of requests finished within x seconds. Each model's
     * steps are given as corner points and drawn as one path, so an SVG holds one element per model rather than
     * one per step.
     */
    public JFreeChart latencyCdf(List<ModelSample> latenciesMs) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (ModelSample sample : latenciesMs) {
            XYSeries series = new XYSeries(sample.model(), false, true);
            List<Double> sorted = new ArrayList<>(sample.values());
            sorted.sort(Double::compare);
            int n = sorted.size();
            if (n > 0) {
                series.add(0.0, 0.0);
            }
            double share = 0;
            for (int i = 0; i < n; i++) {
                double x = sorted.get(i) / 1000.0;
                series.add(x, share); // the step's corner, then up to the new share
                share = 100.0 * (i + 1) / n;
                series.add(x, share);
            }
            dataset.addSeries(series);
        }
        NumberAxis x = new NumberAxis(text.get("e2eAxis"));
        NumberAxis y = new NumberAxis(text.get("finished"));
        y.setRange(0, 100);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(text.get("cdf"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, AppColors.series(i));
            renderer.setSeriesStroke(i, new java.awt.BasicStroke(2.0f));
        }
        ChartSupport.subtitle(chart, theme, text.get("cdf.note"));
        return chart;
    }

    static JFreeChart boxPlot(ChartTheme theme, String title, String valueLabel, String modelLabel,
                              List<ModelSample> samples, String note) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (ModelSample sample : samples) {
            dataset.add(sample.values(), valueLabel, sample.model());
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return AppColors.series(column);
            }
        };
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setFillBox(true);
        renderer.setMaxOutlierVisible(true);
        renderer.setMinOutlierVisible(true);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(modelLabel), new NumberAxis(valueLabel),
                renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        renderer.setDefaultOutlinePaint(theme.text());
        renderer.setArtifactPaint(theme.text());
        renderer.setUseOutlinePaintForWhiskers(true);
        plot.setFixedLegendItems(ChartSupport.modelLegend(samples.stream().map(ModelSample::model).toList()));
        ChartSupport.subtitle(chart, theme, note);
        return chart;
    }

    /**
     * Marks a speed chart whose figures another tool measured (imported answers): a line under the title,
     * "imported (measured by TOOL)" (or by the tool that wrote FILE), so they are never read as Sidebench's own measurements.
     */
    public void markImported(JFreeChart chart, String tool, String file) {
        TextTitle mark = new TextTitle(tool != null ? text.get("speed.imported", tool)
                : text.get("speed.importedFile", file));
        mark.setPaint(theme.text());
        mark.setFont(ChartTheme.font(java.awt.Font.BOLD, 12));
        chart.addSubtitle(0, mark);
    }
}
