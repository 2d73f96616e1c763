package io.sidebench.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.fonts.AppFonts;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defects 1 and 2: exported charts draw Chinese in the bundled font and Latin in the bundled
 * Latin font, whatever the machine has installed (the CI machine has no CJK font), and the SVG's text
 * positions come from those fonts only.
 */
class ChartFontsTest {
    private static final String NO_GLYPH = new String(Character.toChars(0x10FFFD));

    @Test
    void aChineseTitleIsDrawnWithGlyphsNotBoxes() throws Exception {
        int[] zhong = titlePixels("\u4e2d\u4e2d\u4e2d");
        int[] wen = titlePixels("\u6587\u6587\u6587");
        int[] boxes = titlePixels(NO_GLYPH.repeat(3));
        assertThat(Arrays.equals(zhong, wen)).as("中中中 and 文文文 draw the same pixels").isFalse();
        assertThat(Arrays.equals(zhong, boxes)).as("中中中 draws as missing-glyph boxes").isFalse();
        assertThat(Arrays.equals(wen, boxes)).as("文文文 draws as missing-glyph boxes").isFalse();
    }

    @Test
    void theThemeNamesTheBundledFontAndSvgTextNamesBothBundledFonts() {
        JFreeChart chart = chart("\u8d28\u91cf Quality");
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(AppFonts.CHART_FAMILY);
        String svg = new ChartExporter(600, 400).svgDocument(chart);
        assertThat(svg).contains(">\u8d28\u91cf </text>").contains(">Quality</text>");
        assertThat(svg).contains("font-family: \"Droid Sans Fallback\"").contains("font-family: \"Liberation Sans\"");
        assertThat(svg).doesNotContain("font-family: sans-serif");
    }

    @Test
    void rotatedTextIsDrawnAsAStringSoFallbackApplies() {
        ChartTheme.light();
        assertThat(org.jfree.chart.text.TextUtils.isUseDrawRotatedStringWorkaround()).isFalse();
    }

    @Test
    void mixedTextIsMeasuredRunByRunInTheBundledFonts() {
        Font requested = ChartTheme.font(Font.PLAIN, 12);
        var metrics = new BundledFontMetrics(requested, AppFonts.java2d());
        var frc = BundledFontGraphics2D.MEASURE;
        double latin = AppFonts.java2d().latin().deriveFont(Font.PLAIN, 12f).getStringBounds("Model ", frc).getWidth();
        double cjk = AppFonts.java2d().cjk().deriveFont(Font.PLAIN, 12f).getStringBounds("\u6a21\u578b", frc).getWidth();
        assertThat(metrics.getStringBounds("Model \u6a21\u578b", null).getWidth()).isEqualTo(latin + cjk);
        assertThat(cjk).as("CJK glyphs are one em wide in Droid Sans Fallback").isEqualTo(24.0);
    }

    private static JFreeChart chart(String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "m", "c");
        JFreeChart chart = ChartFactory.createBarChart(title, "x", "y", data);
        return ChartTheme.light().apply(chart);
    }

    /** The top 40 pixel rows of a PNG of a chart with this title (the title's band). */
    private static int[] titlePixels(String title) throws Exception {
        byte[] png = new ChartExporter(400, 300).png(chart(title), 1.0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(0, 0, image.getWidth(), 40, null, 0, image.getWidth());
    }
}
