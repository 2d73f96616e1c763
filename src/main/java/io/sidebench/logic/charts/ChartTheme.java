package io.sidebench.logic.charts;

import io.sidebench.logic.fonts.AppFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart, in a light and a dark variant matching the app's themes (colours from
 * {@link AppColors}). Chart factories apply it to each chart they build.
 */
public final class ChartTheme {
    static {
        // Rotated text (vertical axis label, slanted category labels) through drawString, not JFreeChart's
        // TextLayout workaround for a JDK 1.3 bug: a TextLayout is drawn as glyphs of the one requested font,
        // so neither JavaFX's font fallback (in the app) nor BundledFontGraphics2D (exports) could supply
        // Latin letters to the CJK font; they showed as boxes.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }


    private final boolean dark;
    private final StandardChartTheme theme;

    private ChartTheme(boolean dark) {
        this.dark = dark;
        this.theme = new StandardChartTheme(dark ? "Sidebench dark" : "Sidebench light");
        theme.setExtraLargeFont(font(Font.BOLD, 18));
        theme.setLargeFont(font(Font.BOLD, 13));
        theme.setRegularFont(font(Font.PLAIN, 12));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(background());
        theme.setPlotBackgroundPaint(plotBackground());
        theme.setPlotOutlinePaint(grid());
        theme.setTitlePaint(text());
        theme.setSubtitlePaint(muted());
        theme.setAxisLabelPaint(text());
        theme.setTickLabelPaint(muted());
        theme.setLegendBackgroundPaint(background());
        theme.setLegendItemPaint(text());
        theme.setDomainGridlinePaint(grid());
        theme.setRangeGridlinePaint(grid());
        theme.setItemLabelPaint(text());
        theme.setBaselinePaint(muted());
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                AppColors.SERIES.toArray(new Paint[0]),
                AppColors.SERIES.toArray(new Paint[0]),
                new Paint[] {muted()},
                new Stroke[] {new BasicStroke(2.0f)},
                new Stroke[] {new BasicStroke(1.0f)},
                new Shape[] {new Ellipse2D.Double(-4, -4, 8, 8)}));
    }

    /**
     * The font of chart text: the bundled CJK font's family ({@link AppFonts#CHART_FAMILY}), registered for
     * Java2D. In the app JavaFX draws it and falls back to the platform font for Latin; exports split text
     * between the bundled Latin and CJK fonts ({@link ChartExporter}). Never a system font.
     */
    public static Font font(int style, float size) {
        return AppFonts.java2d().cjk().deriveFont(style, size);
    }

    public static ChartTheme light() {
        return new ChartTheme(false);
    }

    public static ChartTheme dark() {
        return new ChartTheme(true);
    }

    public boolean isDark() {
        return dark;
    }

    public Color background() {
        return dark ? AppColors.DARK_BACKGROUND : AppColors.LIGHT_BACKGROUND;
    }

    public Color plotBackground() {
        return dark ? AppColors.DARK_PLOT : AppColors.LIGHT_PLOT;
    }

    public Color text() {
        return dark ? AppColors.DARK_TEXT : AppColors.LIGHT_TEXT;
    }

    public Color muted() {
        return dark ? AppColors.DARK_MUTED : AppColors.LIGHT_MUTED;
    }

    public Color grid() {
        return dark ? AppColors.DARK_GRID : AppColors.LIGHT_GRID;
    }

    /** Applies the theme to a chart built by a factory; call before per-chart colour tweaks. */
    public JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(background()));
        }
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.05);
        }
        return chart;
    }
}
