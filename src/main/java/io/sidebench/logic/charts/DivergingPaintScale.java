package io.sidebench.logic.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/** Red below the midpoint, neutral at it, green above: for win rates around 50 %. */
final class DivergingPaintScale implements PaintScale, Serializable {
    private final double lower;
    private final double upper;
    private final Color low;
    private final Color middle;
    private final Color high;

    DivergingPaintScale(double lower, double upper, Color low, Color middle, Color high) {
        this.lower = lower;
        this.upper = upper;
        this.low = low;
        this.middle = middle;
        this.high = high;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double v = Math.max(lower, Math.min(upper, Double.isNaN(value) ? (lower + upper) / 2 : value));
        double t = (v - lower) / (upper - lower);
        return t < 0.5 ? mix(low, middle, t * 2) : mix(middle, high, (t - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
