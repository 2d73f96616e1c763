package io.sidebench.logic.charts;

import java.awt.Color;
import java.util.List;

/**
 * The application's colours, shared by charts, reports and (as CSS values) the desktop themes, so a
 * chart looks the same in the app, in an exported PNG/SVG and in the HTML report.
 *
 * <p>The series palette is Okabe and Ito's colour-blind-safe set, reordered so the first colours
 * contrast well on both light and dark backgrounds.
 */
public final class AppColors {
    /** Series colours, in the order models are drawn. */
    public static final List<Color> SERIES = List.of(
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0xD55E00), // vermillion
            new Color(0xF0E442), // yellow
            new Color(0x8C8C8C)); // grey

    public static final Color ACCENT = new Color(0x2563EB);
    public static final Color GOOD = new Color(0x15803D);
    public static final Color BAD = new Color(0xB91C1C);

    public static final Color LIGHT_BACKGROUND = new Color(0xFFFFFF);
    public static final Color LIGHT_PLOT = new Color(0xF8FAFC);
    public static final Color LIGHT_TEXT = new Color(0x1F2937);
    public static final Color LIGHT_MUTED = new Color(0x6B7280);
    public static final Color LIGHT_GRID = new Color(0xD1D5DB);

    public static final Color DARK_BACKGROUND = new Color(0x1E1F22);
    public static final Color DARK_PLOT = new Color(0x2B2D31);
    public static final Color DARK_TEXT = new Color(0xE5E7EB);
    public static final Color DARK_MUTED = new Color(0x9CA3AF);
    public static final Color DARK_GRID = new Color(0x4B5563);

    private AppColors() {
    }

    /** The colour of the {@code index}-th series, cycling through the palette. */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** {@code #rrggbb}, for CSS. */
    public static String hex(Color color) {
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
