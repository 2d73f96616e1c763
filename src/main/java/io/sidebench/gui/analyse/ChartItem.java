package io.sidebench.gui.analyse;

import org.jfree.chart.JFreeChart;

/** One chart of the analysis: its file-friendly key, its caption and the chart itself. */
public record ChartItem(String key, String caption, JFreeChart chart) {
}
