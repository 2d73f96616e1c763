package io.sidebench.logic.charts;

import io.sidebench.logic.fonts.AppFonts;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.util.Map;
import org.jfree.chart.text.TextUtils;

/**
 * A Graphics2D for exported charts (PNG, SVG) that draws and measures every string in the bundled fonts
 * ({@link AppFonts}): Latin in Liberation Sans, Chinese/Japanese/Korean in Droid Sans Fallback, split run by
 * run, in the size and style the chart asked for. Java2D has no glyph fallback for physical fonts and its
 * logical fonts follow the machine's fontconfig, so without this a chart's text (and the SVG's text
 * positions) would depend on the installed fonts. Text is measured with fractional metrics, so widths come
 * from the font files alone. Everything else is passed to the wrapped graphics.
 */
final class BundledFontGraphics2D extends DelegatingGraphics2D {
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    static {
        // as ChartTheme does: rotated text through drawString, which this class splits into runs
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final AppFonts.Java2dFonts fonts;

    BundledFontGraphics2D(Graphics2D g) {
        super(g);
        this.fonts = AppFonts.java2d();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    // ---- text: drawn and measured run by run in the bundled fonts

    @Override
    public void drawString(String str, float x, float y) {
        Font requested = g.getFont();
        float at = x;
        for (AppFonts.Run run : fonts.runs(str, requested)) {
            g.setFont(withTransform(run.font(), requested));
            g.drawString(run.text(), at, y);
            at += (float) width(run);
        }
        g.setFont(requested);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    private static Font withTransform(Font run, Font requested) {
        return requested.isTransformed() ? run.deriveFont(requested.getTransform()) : run;
    }

    static double width(AppFonts.Run run) {
        return run.font().getStringBounds(run.text(), MEASURE).getWidth();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new BundledFontMetrics(f, fonts);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        g.setRenderingHints(hints);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public Graphics create() {
        return new BundledFontGraphics2D((Graphics2D) g.create());
    }

    @Override
    public FontMetrics getFontMetrics() {
        return getFontMetrics(getFont());
    }
}
