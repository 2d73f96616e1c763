package io.sidebench.logic.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/** Quality charts: score distributions, per-category bars, win-rate heat map, Bradley–Terry ratings. */
public final class QualityCharts {
    private final ChartTheme theme;
    private final ChartText text;

    public QualityCharts(ChartTheme theme) {
        this(theme, ChartText.ENGLISH);
    }

    /** @param text the words on the charts, in the caller's language */
    public QualityCharts(ChartTheme theme, ChartText text) {
        this.theme = theme;
        this.text = text;
    }

    /**
     * How each model's scores spread over {@code bins} equal bins between {@code min} and {@code max}:
     * one cluster of bars per bin, one bar per model, heights in percent of that model's answers.
     */
    public JFreeChart scoreDistribution(String scoreName, List<ModelSample> samples, double min, double max,
                                        int bins) {
        if (!(max > min) || bins < 1) {
            throw new IllegalArgumentException("score distribution needs max > min and at least one bin");
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double width = (max - min) / bins;
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            labels.add(format(min + b * width) + "–" + format(min + (b + 1) * width));
        }
        for (ModelSample sample : samples) {
            int[] counts = new int[bins];
            for (double v : sample.values()) {
                int b = (int) Math.floor((v - min) / width);
                counts[Math.max(0, Math.min(bins - 1, b))]++;
            }
            int n = sample.values().size();
            for (int b = 0; b < bins; b++) {
                dataset.addValue(n == 0 ? 0.0 : 100.0 * counts[b] / n, sample.model(), labels.get(b));
            }
        }
        BarRenderer renderer = new BarRenderer();
        CategoryAxis domain = new CategoryAxis(text.get("scoreBin", scoreName));
        CategoryPlot plot = new CategoryPlot(dataset, domain, new NumberAxis(text.get("shareOfAnswers")), renderer);
        JFreeChart chart = new JFreeChart(text.get("scoreDistribution", scoreName), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        theme.apply(chart);
        for (int i = 0; i < samples.size(); i++) {
            renderer.setSeriesPaint(i, AppColors.series(i));
        }
        if (bins > 6) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ChartSupport.subtitle(chart, theme, text.get("scoreDistribution.note"));
        return chart;
    }

    /** Mean score per prompt category and model, with 95 % confidence intervals. */
    public JFreeChart categoryBars(String scoreName, List<Estimate> perCategory) {
        return ChartSupport.intervalBars(theme, text.get("byCategory", scoreName), text.get("category"),
                text.get("mean", scoreName), perCategory, PlotOrientation.VERTICAL, text.get("meanInterval"));
    }

    /** Row model's win rate against the column model, in percent, from pairwise votes. */
    public JFreeChart winRateHeatMap(WinRates winRates, String source) {
        List<String> models = winRates.models();
        int n = models.size();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Double rate = winRates.rates().get(i).get(j);
                if (rate != null && i != j) {
                    cells.add(new double[] {j, n - 1 - i, 100.0 * rate});
                }
            }
        }
        double[][] series = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            for (int d = 0; d < 3; d++) {
                series[d][k] = cells.get(k)[d];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(text.get("winRatePercent"), series);
        String[] names = models.toArray(new String[0]);
        String[] reversed = new String[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = names[n - 1 - i];
        }
        SymbolAxis x = new SymbolAxis(text.get("opponent"), names);
        SymbolAxis y = new SymbolAxis(text.get("model"), reversed);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        DivergingPaintScale scale = new DivergingPaintScale(0, 100, AppColors.BAD,
                theme.isDark() ? AppColors.DARK_PLOT : new Color(0xF5F5F5), AppColors.GOOD);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(source == null ? text.get("winRate") : text.get("winRateOf", source),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (double[] cell : cells) {
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f%%", cell[2]), cell[0],
                    cell[1]);
            label.setFont(ChartTheme.font(Font.BOLD, 12));
            label.setPaint(Math.abs(cell[2] - 50) > 30 ? Color.WHITE : theme.text());
            plot.addAnnotation(label);
        }
        NumberAxis legendAxis = new NumberAxis(text.get("winRatePercent"));
        legendAxis.setRange(0, 100);
        legendAxis.setTickLabelPaint(theme.muted());
        legendAxis.setLabelPaint(theme.text());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setStripWidth(14);
        legend.setBackgroundPaint(theme.background());
        chart.addSubtitle(legend);
        ChartSupport.subtitle(chart, theme, text.get("winRate.note"));
        return chart;
    }

    /** Bradley–Terry ratings with bootstrap intervals, in the given model order (so colours match). */
    public JFreeChart bradleyTerry(List<Estimate> ratings, String source) {
        List<Estimate> sorted = new ArrayList<>(ratings);
        JFreeChart chart = ChartSupport.intervalBars(theme,
                source == null ? text.get("bradleyTerry") : text.get("bradleyTerryOf", source), text.get("model"),
                text.get("rating"), sorted, PlotOrientation.HORIZONTAL, text.get("rating.note"));
        return chart;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
