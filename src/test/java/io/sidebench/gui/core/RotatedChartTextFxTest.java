package io.sidebench.gui.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Analyse screen and slides: the vertical (rotated) y-axis title of an in-app chart showed as a column of
 * missing-glyph boxes while horizontal text was fine. JFreeChart drew rotated text as a TextLayout of the one
 * AWT font the theme names (the bundled CJK font, no Latin letters), so FXGraphics2D filled its glyph
 * outlines and JavaFX's glyph fallback never ran. Drawn through the app's path ({@link InteractiveChart}:
 * ChartViewer, FXGraphics2D onto a Canvas), two different Latin titles and two different Chinese titles must
 * render different pixels, as glyphs do and boxes do not.
 */
@ExtendWith(ApplicationExtension.class)
class RotatedChartTextFxTest {
    private static final int W = 320;
    private static final int H = 240;
    /** The strip left of the plot holding the rotated range-axis title (and the same tick labels each time). */
    private static final int STRIP = 50;

    private StackPane root;

    @Start
    void start(Stage stage) {
        FxFonts.ensureLoaded();
        root = new StackPane();
        Scene scene = new Scene(root, W, H);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.sizeToScene(); // the suite reuses one stage, sized by earlier tests
        stage.show();
    }

    @Test
    void rotatedAxisTitlesDrawGlyphsInLatinAndChinese() throws Exception {
        int[] latinA = titleStrip("Cost AAAA");
        int[] latinB = titleStrip("Cost BBBB");
        int[] zhongwen = titleStrip("\u4e2d\u6587\u4e2d\u6587");
        int[] fenshu = titleStrip("\u5206\u6570\u5206\u6570");
        assertThat(inked(latinA)).as("the Latin title draws something").isGreaterThan(20);
        assertThat(Arrays.equals(latinA, latinB)).as("'Cost AAAA' and 'Cost BBBB' draw the same pixels (boxes)")
                .isFalse();
        assertThat(inked(zhongwen)).as("the Chinese title draws something").isGreaterThan(20);
        assertThat(Arrays.equals(zhongwen, fenshu)).as("中文中文 and 分数分数 draw the same pixels (boxes)")
                .isFalse();
    }

    /** The chart with {@code yTitle} as its range-axis label, as the Analyse screen shows it: the left strip. */
    private int[] titleStrip(String yTitle) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            XYSeries series = new XYSeries("s");
            series.add(1, 1);
            series.add(2, 3);
            JFreeChart chart = ChartFactory.createXYLineChart("t", "x", yTitle, new XYSeriesCollection(series));
            ChartTheme.light().apply(chart);
            InteractiveChart shown = new InteractiveChart(chart, "reset", "hint");
            // a scene of its own, W x H whatever the suite did to the shared stage before
            StackPane pane = new StackPane(shown);
            Scene scene = new Scene(pane, W, H);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            pane.applyCss(); // skins (and so the viewer's canvas) exist after CSS
            pane.layout();
            Canvas canvas = shown.viewer().getCanvas();
            shown.viewer().getCanvas().draw();
            WritableImage image = canvas.snapshot(null, new WritableImage(W, H));
            PixelReader reader = image.getPixelReader();
            int[] pixels = new int[STRIP * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < STRIP; x++) {
                    pixels[y * STRIP + x] = reader.getArgb(x, y);
                }
            }
            return pixels;
        }).get(20, TimeUnit.SECONDS);
    }

    private static long inked(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xff) < 128).count();
    }
}
