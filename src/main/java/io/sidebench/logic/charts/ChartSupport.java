package io.sidebench.logic.charts;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** Shared building blocks of the chart factories. */
final class ChartSupport {
    private ChartSupport() {
    }

    /** A legend listing the given models in their palette colours (for charts with one item per model). */
    static LegendItemCollection modelLegend(List<String> models) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < models.size(); i++) {
            items.add(new LegendItem(models.get(i), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10),
                    AppColors.series(i)));
        }
        return items;
    }

    static void subtitle(JFreeChart chart, ChartTheme theme, String text) {
        if (text != null && !text.isBlank()) {
            TextTitle subtitle = new TextTitle(text);
            subtitle.setPaint(theme.muted());
            subtitle.setFont(ChartTheme.font(java.awt.Font.PLAIN, 11));
            chart.addSubtitle(subtitle);
        }
    }

    /**
     * Bars with confidence intervals. When every estimate's series equals its category (one bar per
     * model) the bars are coloured per model and the legend lists the models.
     */
    static JFreeChart intervalBars(ChartTheme theme, String title, String categoryLabel, String valueLabel,
                                   List<Estimate> estimates, PlotOrientation orientation, String note) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        IntervalBarRenderer renderer = new IntervalBarRenderer(theme.text());
        boolean perModel = estimates.stream().allMatch(e -> e.series().equals(e.category()));
        List<String> categories = estimates.stream().map(Estimate::category).distinct().toList();
        for (Estimate e : estimates) {
            String series = perModel ? valueLabel : e.series();
            dataset.addValue(Double.isFinite(e.value()) ? e.value() : null, series, e.category());
            renderer.setInterval(series, e.category(), e.low(), e.high());
        }
        CategoryAxis domain = new CategoryAxis(categoryLabel);
        NumberAxis range = new NumberAxis(valueLabel);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(orientation);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        if (perModel) {
            renderer.setColourByCategory(true);
            plot.setFixedLegendItems(modelLegend(categories));
        } else {
            Set<String> series = new LinkedHashSet<>(estimates.stream().map(Estimate::series).toList());
            int i = 0;
            for (String s : series) {
                renderer.setSeriesPaint(dataset.getRowIndex(s), AppColors.series(i++));
            }
        }
        if (orientation == PlotOrientation.VERTICAL && categories.size() > 6) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        fitRange(range, estimates, renderer);
        subtitle(chart, theme, note);
        return chart;
    }

    /** Makes room for the whole of every interval; bars of values far from zero do not start at zero. */
    private static void fitRange(NumberAxis range, List<Estimate> estimates, IntervalBarRenderer renderer) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Estimate e : estimates) {
            for (double v : new double[] {e.value(), e.low(), e.high()}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!Double.isFinite(min)) {
            return;
        }
        boolean farFromZero = min > 0 && min > 0.6 * max;
        double lower = farFromZero ? min : Math.min(0, min);
        double pad = Math.max((max - lower) * 0.08, 1e-9);
        if (farFromZero) {
            renderer.setIncludeBaseInRange(false);
            lower -= pad;
        } else if (lower < 0) {
            lower -= pad;
        }
        range.setRange(lower, max + pad);
    }
}
