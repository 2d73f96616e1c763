package io.sidebench.logic.charts;

import io.sidebench.logic.fonts.AppFonts;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;

/** Metrics of the bundled fonts in the requested font's size and style (ascent etc. the larger of both). */
final class BundledFontMetrics extends FontMetrics {
    private final transient AppFonts.Java2dFonts fonts;
    private final transient LineMetrics latinLine;
    private final transient LineMetrics cjkLine;

    BundledFontMetrics(Font font, AppFonts.Java2dFonts fonts) {
        super(font);
        this.fonts = fonts;
        this.latinLine = fonts.latin().deriveFont(font.getStyle(), font.getSize2D())
                .getLineMetrics("Ag", BundledFontGraphics2D.MEASURE);
        this.cjkLine = fonts.cjk().deriveFont(font.getStyle(), font.getSize2D())
                .getLineMetrics("\u4e2d", BundledFontGraphics2D.MEASURE);
    }

    private double measure(String text) {
        double w = 0;
        for (AppFonts.Run run : fonts.runs(text, getFont())) {
            w += BundledFontGraphics2D.width(run);
        }
        return w;
    }

    @Override
    public int getAscent() {
        return (int) Math.ceil(Math.max(latinLine.getAscent(), cjkLine.getAscent()));
    }

    @Override
    public int getDescent() {
        return (int) Math.ceil(Math.max(latinLine.getDescent(), cjkLine.getDescent()));
    }

    @Override
    public int getLeading() {
        return (int) Math.ceil(Math.max(latinLine.getLeading(), cjkLine.getLeading()));
    }

    @Override
    public int getMaxAdvance() {
        return (int) Math.ceil(getFont().getSize2D() * 1.2);
    }

    @Override
    public int charWidth(char ch) {
        return charWidth((int) ch);
    }

    @Override
    public int charWidth(int codePoint) {
        return (int) Math.round(measure(new String(Character.toChars(codePoint))));
    }

    @Override
    public int stringWidth(String str) {
        return (int) Math.round(measure(str));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
        return new Rectangle2D.Double(0, -getAscent(), measure(str), getAscent() + getDescent() + getLeading());
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
        return getStringBounds(str.substring(beginIndex, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return getStringBounds(new String(chars, beginIndex, limit - beginIndex), context);
    }

    @Override
    public LineMetrics getLineMetrics(String str, Graphics context) {
        return getFont().getLineMetrics(str, BundledFontGraphics2D.MEASURE);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return BundledFontGraphics2D.MEASURE;
    }
}
