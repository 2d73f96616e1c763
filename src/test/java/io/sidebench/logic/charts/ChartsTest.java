package io.sidebench.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class ChartsTest {
    @TempDir
    Path dir;

    static Map<String, JFreeChart> allCharts(ChartTheme theme) {
        SpeedCharts speed = new SpeedCharts(theme);
        QualityCharts quality = new QualityCharts(theme);
        TradeoffCharts tradeoff = new TradeoffCharts(theme);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("ttft-box", speed.ttftBoxPlot(ChartSamples.latencies(1)));
        charts.put("tpot", speed.tpotBars(ChartSamples.perModel(20, 7)));
        charts.put("tokens-per-s", speed.tokensPerSecondBars(ChartSamples.perModel(80, -12)));
        charts.put("latency-cdf", speed.latencyCdf(ChartSamples.latencies(2)));
        charts.put("score-distribution", quality.scoreDistribution("rougeL", ChartSamples.scores(3), 0, 1, 10));
        charts.put("category-bars", quality.categoryBars("chrf", ChartSamples.perCategory()));
        charts.put("win-rate", quality.winRateHeatMap(ChartSamples.winRates(), "human votes"));
        charts.put("bradley-terry", quality.bradleyTerry(ChartSamples.perModel(950, 40), "human votes"));
        charts.put("quality-vs-speed", tradeoff.qualityVsSpeed("rougeL", ChartSamples.tradeoffs(),
                "Median end-to-end latency (s)", true));
        charts.put("quality-vs-cost", tradeoff.qualityVsCost("rougeL", ChartSamples.tradeoffs()));
        return charts;
    }

    @org.junit.jupiter.api.Test
    void equalValuesDoNotMakeAnAxisOfMeaninglessTicks() {
        JFreeChart chart = new TradeoffCharts(ChartTheme.light()).qualityVsCost("rougeL", java.util.List.of(
                new TradeoffPoint("a", 0.03, 0.0), new TradeoffPoint("b", 0.03, 0.0)));
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        // before: both axes spanned about 1E-8 and showed a column of "5E-9" ticks
        assertThat(plot.getRangeAxis().getRange().getLength()).isGreaterThanOrEqualTo(1.0);
        assertThat(plot.getDomainAxis().getRange().getLength()).isGreaterThanOrEqualTo(0.003);
    }

    static Stream<Arguments> charts() {
        return Stream.of(ChartTheme.light(), ChartTheme.dark())
                .flatMap(theme -> allCharts(theme).entrySet().stream()
                        .map(e -> Arguments.of((theme.isDark() ? "dark-" : "light-") + e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void everyChartHasTitleLegendAndAxisUnitsAndExportsValidPngAndSvg(String name, JFreeChart chart)
            throws Exception {
        assertThat(chart.getTitle().getText()).isNotBlank();
        boolean hasLegend = chart.getLegend() != null
                || chart.getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.PaintScaleLegend);
        assertThat(hasLegend).as("legend").isTrue();
        if (chart.getLegend() != null) {
            LegendItemCollection items = chart.getPlot().getLegendItems();
            assertThat(items.getItemCount()).as("legend items").isPositive();
        }
        assertThat(axisLabels(chart)).allSatisfy(label -> assertThat(label).isNotBlank());

        ChartExporter exporter = new ChartExporter(800, 450);
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        exporter.writePng(chart, png);
        exporter.writeSvg(chart, svg);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains(escapeXml(chart.getTitle().getText()));
        // a model name with markup is drawn as text, never as SVG elements
        assertThat(text).doesNotContain("<b>baseline");
    }

    static java.util.List<String> axisLabels(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            return java.util.List.of(xy.getDomainAxis().getLabel(), xy.getRangeAxis().getLabel());
        }
        var plot = chart.getCategoryPlot();
        return java.util.List.of(plot.getDomainAxis().getLabel(), plot.getRangeAxis().getLabel());
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code -Dsidebench.chartPreview=DIR} writes every chart as PNG there, to look at them. */
    @org.junit.jupiter.api.Test
    void writesPreviewWhenAsked() throws Exception {
        String target = System.getProperty("sidebench.chartPreview");
        org.junit.jupiter.api.Assumptions.assumeTrue(target != null);
        Path out = Files.createDirectories(Path.of(target));
        for (ChartTheme theme : java.util.List.of(ChartTheme.light(), ChartTheme.dark())) {
            for (var e : allCharts(theme).entrySet()) {
                new ChartExporter().writePng(e.getValue(), out.resolve((theme.isDark() ? "dark-" : "") + e.getKey() + ".png"));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void inlineSvgElementHasNoXmlDeclarationAndCarriesItsId() {
        String element = new ChartExporter().svgElement(allCharts(ChartTheme.light()).get("tpot"), "chart-tpot");
        assertThat(element).startsWith("<svg").contains("id='chart-tpot'").doesNotContain("<?xml");
    }

    @org.junit.jupiter.api.Test
    void pngAtDoubleScaleIsTwiceAsLarge() throws Exception {
        byte[] png = new ChartExporter(400, 300).png(allCharts(ChartTheme.dark()).get("win-rate"), 2.0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }
}
