package io.sidebench.gui.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.charts.TradeoffCharts;
import io.sidebench.logic.charts.TradeoffPoint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.junit.jupiter.api.Test;

/** Defect 19: on slides, chart texts are large and the axes pick fewer ticks instead of crowding. */
class SlideChartsTest {
    private static JFreeChart chart() {
        return new TradeoffCharts(ChartTheme.light()).qualityVsCost("rougeL", List.of(
                new TradeoffPoint("a", 0.012, 0.41), new TradeoffPoint("b", 5.19, 0.70),
                new TradeoffPoint("c", 1.3, 0.55)));
    }

    /** The tick unit the x (or y) axis chooses when the chart is drawn at presentation size. */
    private static double tickUnit(JFreeChart chart, boolean x) {
        // drawn as exports draw it: text measured in the bundled fonts, so the figure is the same on every machine
        new io.sidebench.logic.charts.ChartExporter(1330, 700).png(chart, 1);
        NumberAxis axis = (NumberAxis) (x ? chart.getXYPlot().getDomainAxis() : chart.getXYPlot().getRangeAxis());
        return ((NumberTickUnit) axis.getTickUnit()).getSize();
    }

    /** How many ticks the y axis shows at presentation size. */
    private static double yTicks(JFreeChart chart) {
        tickUnit(chart, false);
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        return y.getRange().getLength() / y.getTickUnit().getSize();
    }

    @Test
    void textsAreEnlargedAndTicksAreFewer() {
        JFreeChart plain = chart();
        JFreeChart slide = SlideCharts.enlarge(chart());
        assertThat(slide.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D())
                .isGreaterThan(plain.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D() * 1.5f);
        assertThat(slide.getTitle().getFont().getSize2D()).isGreaterThan(plain.getTitle().getFont().getSize2D());
        assertThat(slide.getLegend().getItemFont().getSize2D()).isGreaterThan(plain.getLegend().getItemFont().getSize2D());
        assertThat(tickUnit(slide, true)).isGreaterThan(tickUnit(plain, true));
        assertThat(yTicks(slide)).isLessThanOrEqualTo(12);
    }
}
