import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Sidebench icon (two answer cards side by side on a dark rounded square) at every size the
 * desktops need, and packs the Windows .ico and macOS .icns. Run from the repository root:
 * {@code java -Djava.awt.headless=true installers/icons/IconGenerator.java}. The outputs are committed.
 */
public class IconGenerator {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path icons = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Path installers = Path.of(args.length > 1 ? args[1] : "installers");
        Files.createDirectories(icons);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(icons.resolve("sidebench-" + size + ".png"), png.get(size));
        }
        Files.createDirectories(installers.resolve("windows"));
        Files.createDirectories(installers.resolve("macos"));
        writeIco(installers.resolve("windows/sidebench.ico"), png);
        writeIcns(installers.resolve("macos/sidebench.icns"), png);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double margin = s * 0.04;
        double arc = s * 0.22;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F5D95), 0, (float) s, new Color(0x16243A)));
        g.fill(new RoundRectangle2D.Double(margin, margin, s - 2 * margin, s - 2 * margin, arc, arc));
        // two answer cards
        double cardW = s * 0.34;
        double cardH = s * 0.52;
        double top = s * 0.20;
        double gap = s * 0.06;
        double left = (s - 2 * cardW - gap) / 2;
        Color[] accents = {new Color(0x4FD1C5), new Color(0xF6AD55)};
        for (int c = 0; c < 2; c++) {
            double x = left + c * (cardW + gap);
            g.setColor(new Color(255, 255, 255, 235));
            g.fill(new RoundRectangle2D.Double(x, top, cardW, cardH, s * 0.07, s * 0.07));
            g.setColor(accents[c]);
            double barH = Math.max(1.0, s * 0.055);
            double[] lengths = c == 0 ? new double[] {0.72, 0.55, 0.66} : new double[] {0.60, 0.74, 0.45};
            for (int b = 0; b < 3; b++) {
                double y = top + cardH * 0.18 + b * cardH * 0.24;
                g.fill(new RoundRectangle2D.Double(x + cardW * 0.14, y, cardW * lengths[b], barH, barH, barH));
            }
        }
        // the bench under the cards
        g.setColor(new Color(0xE2E8F0));
        g.setStroke(new BasicStroke((float) Math.max(1.0, s * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double benchY = top + cardH + s * 0.08;
        g.drawLine((int) Math.round(left), (int) Math.round(benchY), (int) Math.round(s - left), (int) Math.round(benchY));
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later). */
    static void writeIco(Path file, Map<Integer, byte[]> png) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            le16(header, 0);
            le16(header, 1);
            le16(header, ICO_SIZES.length);
            int offset = 6 + 16 * ICO_SIZES.length;
            for (int size : ICO_SIZES) {
                byte[] data = png.get(size);
                header.write(size >= 256 ? 0 : size);
                header.write(size >= 256 ? 0 : size);
                header.write(0);
                header.write(0);
                le16(header, 1);
                le16(header, 32);
                le32(header, data.length);
                le32(header, offset);
                offset += data.length;
            }
            os.write(header.toByteArray());
            for (int size : ICO_SIZES) {
                os.write(png.get(size));
            }
        }
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024. */
    static void writeIcns(Path file, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            out.write(body.toByteArray());
        }
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        le16(out, v & 0xffff);
        le16(out, (v >>> 16) & 0xffff);
    }
}
