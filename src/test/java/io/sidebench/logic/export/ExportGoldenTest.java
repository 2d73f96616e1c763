package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.store.ProjectStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format of the hostile fixture report compared with golden output written by the exporters
 * before they streamed: HTML and Markdown byte for byte, CSV and JSONL by SHA-256 (they hold the 1 MB
 * answer), XLSX as a dump of every cell and PDF as its extracted text. {@code -Dsidebench.updateGolden=true}
 * rewrites the golden files (only when a change of output is intended).
 */
class ExportGoldenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private static final Path GOLDEN = Path.of("src/test/resources/io/sidebench/logic/export/golden");

    @TempDir
    static Path dir;
    static ProjectStore store;
    static Report report;

    @BeforeAll
    static void buildReport() throws Exception {
        store = ProjectStore.open(ReportFixture.create(dir.resolve("support.sidebench")));
        report = new ReportBuilder(store, CLOCK).build(new ResultsQuery(store).resolveRun("baseline run"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toByteArray();
    }

    private static void matches(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("sidebench.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void htmlIsAsBefore() throws Exception {
        // JFreeSVG prefixes its clip ids with System.nanoTime()
        matches("report.html", new String(export("html"), StandardCharsets.UTF_8).replaceAll("_\\d{6,}", "_N"));
    }

    @Test
    void markdownIsAsBefore() throws Exception {
        matches("report.md", new String(export("md"), StandardCharsets.UTF_8));
    }

    @Test
    void csvAndJsonlAreAsBefore() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String csv = HexFormat.of().formatHex(sha.digest(export("csv")));
        // the store stamps annotations with the time they were saved
        String jsonl = HexFormat.of().formatHex(sha.digest(new String(export("jsonl"), StandardCharsets.UTF_8)
                .replaceAll("\"updatedAt\":\"[^\"]*\"", "\"updatedAt\":\"T\"").getBytes(StandardCharsets.UTF_8)));
        matches("flat.sha256", "csv " + csv + "\njsonl " + jsonl + "\n");
    }

    @Test
    void xlsxCellsAreAsBefore() throws Exception {
        StringBuilder dump = new StringBuilder();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
            for (Sheet sheet : wb) {
                dump.append("## ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = formatter.formatCellValue(cell);
                        if (value.length() > 200) {
                            value = value.substring(0, 200) + "…(" + value.length() + ")";
                        }
                        dump.append(cell.getAddress()).append(' ').append(cell.getCellType()).append(' ')
                                .append(cell.getCellStyle().getQuotePrefixed() ? "'" : "")
                                .append(value.replace("\n", "\\n").replace("\r", "\\r")).append('\n');
                    }
                }
            }
            dump.append("pictures ").append(wb.getAllPictures().size()).append('\n');
        }
        matches("report.xlsx.txt", dump.toString());
    }

    @Test
    void pdfTextIsAsBefore() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export("pdf"))) {
            matches("report.pdf.txt", "pages " + pdf.getNumberOfPages() + "\n" + new PDFTextStripper().getText(pdf));
        }
    }
}
