package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerImporters;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.answers.SpeedSource;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import io.sidebench.testsupport.TestProjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed figures of imported answers are labelled as another tool's in every report format and chart; a run
 * imported without figures says its speed was not measured and shows no speed table.
 */
class ImportedSpeedReportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String MARK = "imported (measured by promptfoo)";

    @TempDir
    Path dir;

    private static String export(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return format.equals("xlsx") || format.equals("pdf") ? null : out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toByteArray();
    }

    @Test
    void promptfooFiguresAreMarkedAsPromptfoosEverywhere() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.sidebench"), "P")) {
            TestProjects.promptSet(store, "qa", 2);
            Path file = Files.writeString(dir.resolve("results.json"), """
                    {"evalId": "e1", "results": {"results": [
                      {"prompt": {"raw": "question 0"}, "vars": {}, "provider": {"id": "openai:gpt-4o"},
                       "response": {"output": "答案 0 🎉", "tokenUsage": {"completion": 20}}, "latencyMs": 800},
                      {"prompt": {"raw": "question 1"}, "vars": {}, "provider": {"id": "openai:gpt-4o"},
                       "response": {"output": "答案 1", "tokenUsage": {"completion": 10}}, "latencyMs": 500}
                    ]}}
                    """);
            AnswerImportService.Result imported = new AnswerImportService(AnswerImporters.standard())
                    .importFile(store, file, AnswerOptions.defaults());
            Run run = store.runs().get(imported.runId()).orElseThrow();
            Report report = new ReportBuilder(store, CLOCK).build(run);
            assertThat(report.speed()).isEqualTo(new SpeedSource(SpeedSource.Kind.IMPORTED, "promptfoo", "results.json"));

            String html = export(report, "html");
            assertThat(html).contains("Tokens/s, " + MARK).contains("Speed figures are imported (measured by promptfoo)")
                    .contains("0.80 s (" + MARK + ")");
            String md = export(report, "md");
            assertThat(md).contains("## Speed (" + MARK + ")").contains("**Speed figures are imported");
            assertThat(export(report, "csv").lines().findFirst().orElseThrow()).contains(",cost_usd,speed_source,");
            assertThat(export(report, "csv")).contains(MARK);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(report, "xlsx")))) {
                var header = wb.getSheet("Speed").getRow(0);
                assertThat(new DataFormatter().formatCellValue(header.getCell(1))).isEqualTo("TTFT mean (ms), " + MARK);
            }
            try (PDDocument pdf = Loader.loadPDF(bytes(report, "pdf"))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("Speed figures are imported (measured by promptfoo)");
            }
            JFreeChart bars = new ReportCharts(ChartTheme.light()).build(report).get("tokens-per-second");
            assertThat(bars).isNotNull();
            assertThat(((TextTitle) bars.getSubtitle(0)).getText())
                    .isEqualTo("Imported speed: measured by promptfoo, not by Sidebench");
        }
    }

    @Test
    void answersWithoutFiguresSayTheirSpeedWasNotMeasured() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("n.sidebench"), "N")) {
            TestProjects.promptSet(store, "qa", 2);
            Path file = Files.writeString(dir.resolve("wide.csv"), "id,a,b\nq0,x,y\nq1,x,y\n");
            long runId = new AnswerImportService(AnswerImporters.standard())
                    .importFile(store, file, AnswerOptions.defaults()).runId();
            Report report = new ReportBuilder(store, CLOCK).build(store.runs().get(runId).orElseThrow());
            assertThat(report.speed().hasFigures()).isFalse();
            String md = export(report, "md");
            assertThat(md).contains("## Speed\n\n**Speed not measured: the answers were imported without speed figures.**")
                    .doesNotContain("| Model | TTFT (ms)");
            assertThat(new ReportCharts(ChartTheme.light()).build(report)).doesNotContainKeys("ttft-box", "tpot");
            assertThat(export(report, "html")).contains("Speed not measured");
        }
    }
}
