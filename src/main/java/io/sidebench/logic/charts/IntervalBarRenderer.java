package io.sidebench.logic.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with an error bar per item showing an asymmetric confidence interval (JFreeChart's
 * statistical renderer only draws symmetric standard deviations).
 */
final class IntervalBarRenderer extends BarRenderer {
    private final Map<String, double[]> intervals = new HashMap<>();
    private transient Paint whiskerPaint;
    private boolean colourByCategory;

    IntervalBarRenderer(Paint whiskerPaint) {
        this.whiskerPaint = whiskerPaint;
    }

    /** Colours each category (model) with its own palette colour instead of one colour per series. */
    void setColourByCategory(boolean value) {
        this.colourByCategory = value;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return colourByCategory ? AppColors.series(column) : super.getItemPaint(row, column);
    }

    void setInterval(String series, String category, double low, double high) {
        intervals.put(series + '\u0000' + category, new double[] {low, high});
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (visibleRow < 0 || dataset.getValue(row, column) == null) {
            return;
        }
        double[] interval = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        if (interval == null || !Double.isFinite(interval[0]) || !Double.isFinite(interval[1])) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barStart = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double middle = barStart + state.getBarWidth() / 2.0;
        double cap = Math.min(6.0, state.getBarWidth() / 4.0);
        RectangleEdge edge = plot.getRangeAxisEdge();
        double low = rangeAxis.valueToJava2D(interval[0], dataArea, edge);
        double high = rangeAxis.valueToJava2D(interval[1], dataArea, edge);
        g2.setPaint(whiskerPaint);
        g2.setStroke(new BasicStroke(1.5f));
        if (orientation == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(middle, low, middle, high));
            g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
            g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
        } else {
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalBarRenderer that && super.equals(other)
                && intervals.keySet().equals(that.intervals.keySet());
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), intervals.size());
    }
}
