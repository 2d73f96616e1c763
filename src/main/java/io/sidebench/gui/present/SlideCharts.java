package io.sidebench.gui.present;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Charts at presentation size: every text of the chart (title, subtitles, axis labels, tick labels, legend,
 * point labels) is enlarged, so it is readable from the back of a room and the axes choose fewer, wider
 * ticks (JFreeChart spaces ticks by the width of their labels) instead of crowding a large plot.
 */
final class SlideCharts {
    /** Text size on slides relative to the app's charts. */
    static final float SCALE = 1.7f;

    private SlideCharts() {
    }

    static JFreeChart enlarge(JFreeChart chart) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                text.setFont(scaled(text.getFont()));
            } else if (t instanceof LegendTitle legend) {
                legend.setItemFont(scaled(legend.getItemFont()));
            }
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation text) {
                    text.setFont(scaled(text.getFont()));
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                axis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                axis(cat.getRangeAxis(i));
            }
        }
        return chart;
    }

    private static void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(scaled(axis.getLabelFont()));
            axis.setTickLabelFont(scaled(axis.getTickLabelFont()));
            // room around each tick label: JFreeChart counts it when it spaces the ticks, so a tall plot
            // gets a readable handful of ticks, not a column of them
            axis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(6, 8, 6, 8));
        }
        if (axis instanceof org.jfree.chart.axis.CategoryAxis category) {
            // enlarged model names wrap onto up to three lines (breaking at '-' or mid-word when they must)
            // and may take a little more than their category's width before JFreeChart ends them with "..."
            category.setMaximumCategoryLabelLines(3);
            category.setMaximumCategoryLabelWidthRatio(1.2f);
        }
    }

    static Font scaled(Font font) {
        return font == null ? null : font.deriveFont(font.getSize2D() * SCALE);
    }
}
