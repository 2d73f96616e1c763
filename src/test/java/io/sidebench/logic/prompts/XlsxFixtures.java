package io.sidebench.logic.prompts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks for the XLSX tests. {@link #main} regenerates the committed fixtures under
 * src/test/resources (run once by hand; the files are committed).
 */
final class XlsxFixtures {
    private XlsxFixtures() {
    }

    /** Writes one sheet; a null row leaves an empty row, a Number cell is numeric. */
    static Path write(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Prompts");
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number) {
                        row.createCell(c).setCellValue(((Number) v).doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    public static void main(String[] args) throws IOException {
        Path good = Path.of("src/test/resources/prompts/good");
        Path bad = Path.of("src/test/resources/bad-inputs/prompts");
        write(good.resolve("basic.xlsx"), List.of(
                List.of("ID", "Prompt", "Expected", "Category"),
                List.of("x1", "What is the capital of Australia?", "Canberra", "geo"),
                List.of("x2", "日本で一番高い山は？ 🗻", "富士山", "geo"),
                List.of(3, "How many days are in a leap year?", 366, "math")));
        write(good.resolve("sparse.xlsx"), java.util.Arrays.asList(
                null,
                java.util.Arrays.asList(null, "question", "answer"),
                java.util.Arrays.asList(null, "First question?", "first"),
                null,
                java.util.Arrays.asList(null, "Second question?", null)));
        write(bad.resolve("xlsx-no-prompt-column.xlsx"), List.of(
                List.of("Name", "Value"),
                List.of("a", "b")));
        write(bad.resolve("xlsx-empty-prompt-cell.xlsx"), java.util.Arrays.asList(
                List.of("prompt", "reference"),
                List.of("fine", "ok"),
                java.util.Arrays.asList(null, "orphan reference")));
        write(bad.resolve("xlsx-duplicate-header.xlsx"), List.of(
                List.of("prompt", "Prompt"),
                List.of("a", "b")));
        write(bad.resolve("xlsx-header-only.xlsx"), List.of(List.of("prompt", "reference")));
        write(bad.resolve("xlsx-empty-sheet.xlsx"), List.of());
    }
}
