package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.store.ProjectStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: an unscored run's HTML and PDF reports show its answers (before: none at all). */
class UnscoredReportTest {
    @TempDir
    Path dir;

    @Test
    void anUnscoredRunsHtmlAndPdfShowTheAnswers() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("u.sidebench"), 6, 3, false)) {
            Report report = new ReportBuilder(store, Clock.systemUTC()).build(store.runs().list().get(0));
            assertThat(report.primaryScore()).isNull();
            assertThat(report.examples()).isEmpty();
            ResultRow plain = report.rows().stream().filter(r -> r.isOk() && !r.baseline()
                    && r.output().chars().noneMatch(c -> "<>&'\"`".indexOf(c) >= 0)).findFirst().orElseThrow();
            String firstLine = plain.output().lines().findFirst().orElseThrow();

            String html = new String(export(new HtmlReportExporter(ChartTheme.light()), report),
                    StandardCharsets.UTF_8);
            assertThat(html).contains("<section id=\"answers\">").contains(firstLine)
                    .contains(report.rows().toList().get(0).prompt());
            String section = html.substring(html.indexOf("<section id=\"answers\">"));
            assertThat(section.split("<div class=\"answer\">", -1)).hasSize(6 * 3 + 1);

            try (PDDocument pdf = Loader.loadPDF(export(new PdfReportExporter(ChartTheme.light()), report))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("Answers").contains(firstLine.replaceAll("\\s+", " ").substring(0, 40));
            }
        }
    }

    private static byte[] export(Exporter exporter, Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(report, out);
        return out.toByteArray();
    }
}
