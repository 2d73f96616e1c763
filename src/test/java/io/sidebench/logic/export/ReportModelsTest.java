package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Risk;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 10: a report lists the profiles and risks of the run's models only. */
class ReportModelsTest {
    static final String OUTSIDER = "outsider-model";
    static final String OUTSIDER_RISK = "Outsider risk nobody ran";

    @TempDir
    Path dir;

    @Test
    void everyFormatListsOnlyTheRunsModels() throws Exception {
        try (ProjectStore store = ProjectStore.open(ReportFixture.create(dir.resolve("p.sidebench")))) {
            store.models().add(new ModelConfig(0, OUTSIDER, ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1",
                    "x", null, null, ModelParams.DEFAULTS, new ModelProfile(false, "Outsider licence", "Nowhere",
                    "keeps everything", 1.0, 2.0, null, null,
                    List.of(new Risk("privacy", OUTSIDER_RISK, "high", "high", "none")))));
            Report report = new ReportBuilder(store, Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC))
                    .build(new ResultsQuery(store).resolveRun("baseline run"));
            assertThat(report.candidates()).extracting(ModelConfig::name).doesNotContain(OUTSIDER)
                    .containsExactlyElementsOf(report.models().stream().map(ModelConfig::name).toList());
            for (String format : List.of("md", "html")) {
                String text = new String(export(report, format), StandardCharsets.UTF_8);
                assertThat(text).as(format).doesNotContain(OUTSIDER).doesNotContain(OUTSIDER_RISK)
                        .contains("deepseek-chat");
            }
            try (PDDocument pdf = Loader.loadPDF(export(report, "pdf"))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).doesNotContain(OUTSIDER).doesNotContain(OUTSIDER_RISK).contains("deepseek-chat");
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(export(report, "xlsx")))) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.toString()).as(sheet.getSheetName()).doesNotContain(OUTSIDER)
                                    .doesNotContain(OUTSIDER_RISK);
                        }
                    }
                }
            }
        }
    }

    private static byte[] export(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toByteArray();
    }
}
