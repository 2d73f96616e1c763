package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "meta", "title", "style", "body",
            "header", "nav", "a", "main", "section", "h1", "h2", "h3", "p", "dl", "dt", "dd", "table", "thead", "tbody",
            "tr", "th", "td", "span", "div", "figure", "figcaption", "details", "summary", "strong", "pre", "br", "small",
            // inline SVG charts drawn by JFreeSVG
            "svg", "defs", "clippath", "path", "rect", "g", "text", "line", "ellipse", "circle", "polygon", "polyline",
            "lineargradient", "radialgradient", "stop");

    @TempDir
    static Path dir;
    static ProjectStore store;
    static Report report;

    /** The report reads its rows from the project as it is written, so the project stays open. */
    @BeforeAll
    static void buildReport() throws Exception {
        store = ProjectStore.open(ReportFixture.create(dir.resolve("support.sidebench")));
        report = new ReportBuilder(store, CLOCK).build(new ResultsQuery(store).resolveRun("baseline run"));
    }

    @AfterAll
    static void closeProject() {
        store.close();
    }

    private static byte[] export(Exporter exporter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(report, out);
        return out.toByteArray();
    }

    /** {@code -Dsidebench.reportPreview=DIR} writes every format there, to look at them. */
    @Test
    void writesPreviewWhenAsked() throws Exception {
        String target = System.getProperty("sidebench.reportPreview");
        org.junit.jupiter.api.Assumptions.assumeTrue(target != null);
        Path out = java.nio.file.Files.createDirectories(Path.of(target));
        for (String format : ExportFormats.NAMES) {
            Exporter exporter = ExportFormats.create(format, false, ChartTheme.light());
            java.nio.file.Files.write(out.resolve("report." + exporter.extension()), export(exporter));
        }
    }

    @Test
    void reportHasOneRowPerCompletionWithScoresAnnotationsAndVotes() {
        assertThat(report.rows()).hasSize(20);
        assertThat(report.rows().toList()).hasSize(20);
        assertThat(report.rowCount()).isEqualTo(20);
        assertThat(report.scorers()).containsExactly("chrf", "rougeL");
        assertThat(report.primaryScore()).isEqualTo("rougeL");
        var annotated = report.rows().stream().filter(r -> r.annotations().size() == 2).findFirst().orElseThrow();
        assertThat(annotated.humanVotes().total()).isEqualTo(1);
        assertThat(report.examples()).extracting(Example::kind).containsExactly("best", "worst", "disagreement");
        assertThat(report.examples().get(2).title()).contains("annotators");
        assertThat(report.examples().get(0).answers()).allSatisfy(r -> assertThat(r.baseline()).isFalse());
        assertThat(report.winRates().rates().get(0).get(1)).isEqualTo(0.4);
        assertThat(report.winRates().models()).containsExactly("qwen2.5-7b", "deepseek-chat");
        // deepseek won 3 of 5 human votes against qwen: rated higher, intervals around the point
        assertThat(report.ratings()).hasSize(2);
        assertThat(report.ratings().get(1).rating()).isGreaterThan(report.ratings().get(0).rating());
        assertThat(report.ratings()).allSatisfy(r -> assertThat(r.ciLow()).isLessThanOrEqualTo(r.rating()));
        var speed = report.leaderboard().stream().filter(LeaderboardRow::baseline).findFirst().orElseThrow();
        assertThat(speed.tokensPerSecond().isEmpty()).as("baselines have no speed figures").isTrue();
        assertThat(report.candidates()).hasSize(4);
    }

    @Test
    void htmlIsSelfContainedAndRunsNothingInjected() throws Exception {
        String html = new String(export(new HtmlReportExporter(ChartTheme.light())), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContain("\u0000").doesNotContain("<img");
        Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>").matcher(html);
        Set<String> seen = new TreeSet<>();
        while (tags.find()) {
            seen.add(tags.group(1).toLowerCase());
            assertThat(tags.group(2)).as("attributes of <%s>", tags.group(1))
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)(href|src)\\s*=\\s*['\"]?(?!#)[a-z]+:");
        }
        assertThat(seen).isSubsetOf(ALLOWED_TAGS);
        assertThat(html).contains("Content-Security-Policy").contains(HtmlReportExporter.CSP)
                .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains(ReportFixture.CHINESE)
                .contains("<svg id='chart-quality-vs-speed'").contains("<svg id='chart-bradley-terry'")
                .contains("Risk matrix").contains("Data residency")
                .doesNotContain("http://attacker.invalid\"");
        assertThat(html.length()).as("a 1 MB answer is cut in the report").isLessThan(900_000);
    }

    @Test
    void csvNeutralisesFormulasAndKeepsEverythingElse() throws Exception {
        byte[] bytes = export(new CsvExporter(true));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parseCsv(text);
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(21);
        int output = header.indexOf("output");
        int model = header.indexOf("model");
        List<String> outputs = rows.subList(1, rows.size()).stream().map(r -> r.get(output)).toList();
        assertThat(outputs).contains("'" + ReportFixture.FORMULA, "'+1+2 reset it", "'@SUM(A1:A9)",
                "'\tTab first", "'\rCarriage return first", "a\uFFFDb\uFFFDc " + ReportFixture.SCRIPT);
        assertThat(outputs.stream().filter(o -> o.startsWith("'-2+3"))).hasSize(1);
        assertThat(outputs).anyMatch(o -> o.length() == ReportFixture.BIG + 1 && o.endsWith("尾"));
        assertThat(outputs).contains(ReportFixture.CHINESE);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
            }
        }
        assertThat(rows.get(1).get(model)).isEqualTo("qwen2.5-7b");
        assertThat(text).contains("\r\n");
        assertThat(export(new CsvExporter(false))[0]).isEqualTo((byte) (int) Character.valueOf('r'));
    }

    private static List<List<String>> parseCsv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void jsonlKeepsTextExactly() throws Exception {
        String text = new String(export(new JsonlExporter()), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(20);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            nodes.add(Json.mapper().readTree(line));
        }
        assertThat(nodes).anyMatch(n -> n.get("output").asText().equals("a\u0000b\u0001c " + ReportFixture.SCRIPT));
        assertThat(nodes).anyMatch(n -> n.get("output").asText().length() == ReportFixture.BIG + 1);
        JsonNode annotated = nodes.stream().filter(n -> n.get("annotations").size() == 2).findFirst().orElseThrow();
        assertThat(annotated.get("annotations").get(0).get("ratings").get("accuracy").asDouble()).isEqualTo(5.0);
        assertThat(annotated.get("humanVotes").get("losses").asInt()).isEqualTo(1);
        assertThat(annotated.get("scores").has("rougeL")).isTrue();
        assertThat(annotated.get("metrics").get("ttftMs").isNumber()).isTrue();
    }

    @Test
    void xlsxOpensWithFrozenFilteredWrappedResultsAndChineseAndNoFormulas() throws Exception {
        byte[] bytes = export(new XlsxExporter(ChartTheme.light()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4))).containsExactly("Results", "Leaderboard", "Speed", "Annotations", "Charts");
            XSSFSheet results = wb.getSheet("Results");
            assertThat(results.getPaneInformation().isFreezePane()).isTrue();
            assertThat(results.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(results.getCTWorksheet().isSetAutoFilter()).isTrue();
            int output = columnOf(results, "output");
            assertThat(results.getRow(1).getCell(output).getCellStyle().getWrapText()).isTrue();
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            String value = cell.getStringCellValue();
                            texts.add(value);
                            assertThat(value.length()).isLessThanOrEqualTo(XlsxExporter.MAX_CELL);
                            if (TextSafety.isFormulaLike(value)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as(value).isTrue();
                            }
                        }
                    }
                }
            }
            assertThat(texts).contains(ReportFixture.CHINESE, ReportFixture.FORMULA, "用中文回答得很好",
                    ReportFixture.HOSTILE_MODEL);
            assertThat(texts).anyMatch(t -> t.startsWith("xxxx") && t.contains("truncated"));
            XSSFDrawing drawing = wb.getSheet("Charts").getDrawingPatriarch();
            assertThat(drawing.getShapes()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(wb.getSheet("Annotations").getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(wb.getSheet("Leaderboard").getRow(1).getCell(1).getStringCellValue()).isEqualTo("reference (baseline)");
            assertThat(wb.getSheet("Leaderboard").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private static int columnOf(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void pdfOpensWithEmbeddedFontsAndChineseText() throws Exception {
        byte[] bytes = export(new PdfReportExporter(ChartTheme.light()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("三个工作日内退回", "用中文回答得很好", "Supportdesk:English&中文", "Riskregister"
                    .substring(0, 4), "Datar", "<script>document.title='pwned'</script>");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " on page " + pdf.getPages().indexOf(page)).isTrue();
                }
            }
        }
    }

    @Test
    void markdownEscapesMarkupOutsideCodeFences() throws Exception {
        String md = new String(export(new MarkdownExporter()), StandardCharsets.UTF_8);
        StringBuilder outside = new StringBuilder();
        boolean inFence = false;
        String fence = null;
        for (String line : md.split("\n", -1)) {
            if (!inFence && line.startsWith("```")) {
                inFence = true;
                fence = line.replaceAll("[^`]", "");
                continue;
            }
            if (inFence && line.equals(fence)) {
                inFence = false;
                continue;
            }
            if (!inFence) {
                outside.append(line).append('\n');
            }
        }
        assertThat(outside.toString()).doesNotContainPattern("(?<!\\\\)<[a-zA-Z/]");
        assertThat(md).contains("## Leaderboard").contains("\\<img src=x onerror=alert(1)\\>");
    }
}
