package io.sidebench.logic.charts;

import io.sidebench.logic.fonts.AppFonts;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes the same chart objects the app shows to PNG and SVG, with all text in the bundled fonts
 * ({@link BundledFontGraphics2D}), so the output is the same on every machine.
 */
public final class ChartExporter {
    private final int width;
    private final int height;

    public ChartExporter(int width, int height) {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("chart size must be at least 50 × 50 pixels");
        }
        this.width = width;
        this.height = height;
    }

    public ChartExporter() {
        this(960, 540);
    }

    /** PNG bytes; {@code scale} 2 gives a sharp image for print and high-DPI screens. */
    public byte[] png(JFreeChart chart, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g2 = new BundledFontGraphics2D(image.createGraphics());
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A standalone SVG document. */
    public String svgDocument(JFreeChart chart) {
        return graphics(chart).getSVGDocument();
    }

    /** An {@code <svg>} element for inlining into HTML; {@code id} must be unique within the page. */
    public String svgElement(JFreeChart chart, String id) {
        return graphics(chart).getSVGElement(id);
    }

    private SVGGraphics2D graphics(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setFontFunction(ChartExporter::svgFontFamily);
        chart.draw(new BundledFontGraphics2D(g2), new Rectangle(0, 0, width, height));
        return g2;
    }

    /**
     * The CSS font list an SVG text names for a bundled font: the font itself, then look-alikes a viewer
     * is likely to have (Arial has Liberation Sans's metrics), in double quotes (JFreeSVG writes single-quoted
     * attributes). Positions are fixed by the bundled fonts.
     */
    static String svgFontFamily(String family) {
        if (AppFonts.LATIN_FAMILY.equals(family)) {
            return "\"Liberation Sans\", Arial, Helvetica, sans-serif";
        }
        if (AppFonts.CJK_FAMILY.equals(family)) {
            return "\"Droid Sans Fallback\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\","
                    + " \"PingFang SC\", sans-serif";
        }
        return "sans-serif";
    }

    public void writePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(png(chart, 1.0));
        }
    }

    public void writeSvg(JFreeChart chart, Path file) throws IOException {
        Files.writeString(file, svgDocument(chart), StandardCharsets.UTF_8);
    }
}
