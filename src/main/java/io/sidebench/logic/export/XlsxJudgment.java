package io.sidebench.logic.export;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The XLSX report's "Human judgment" sheet ({@link JudgmentTables}), one table under the other. */
final class XlsxJudgment {
    private XlsxJudgment() {
    }

    static void sheet(SXSSFWorkbook wb, Report report) {
        if (!JudgmentTables.present(report)) {
            return;
        }
        SXSSFSheet sheet = wb.createSheet(JudgmentTables.TITLE);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        int r = 0;
        r = table(sheet, head, r, "Ratings per rubric dimension", noteWithOverall(report), JudgmentTables.ratings(report));
        r = table(sheet, head, r, "Agreement between annotators", JudgmentTables.AGREEMENT_NOTE,
                JudgmentTables.agreement(report));
        r = table(sheet, head, r, "Answers the annotators disagree on most", "Spread: max − min as a share of the "
                + "dimension's scale.", JudgmentTables.disagreements(report));
        table(sheet, head, r, "Judge and humans", JudgmentTables.JUDGE_NOTE, JudgmentTables.judge(report));
    }

    private static String noteWithOverall(Report report) {
        String overall = JudgmentTables.overallNote(report);
        return JudgmentTables.RATINGS_NOTE + (overall == null ? "" : " " + overall);
    }

    private static int table(SXSSFSheet sheet, CellStyle head, int r, String title, String note, JudgmentTables.Table t) {
        if (t.isEmpty()) {
            return r;
        }
        Row titleRow = sheet.createRow(r++);
        titleRow.createCell(0).setCellValue(TextSafety.xmlSafe(title));
        titleRow.getCell(0).setCellStyle(head);
        sheet.createRow(r++).createCell(0).setCellValue(TextSafety.xmlSafe(note));
        Row header = sheet.createRow(r++);
        for (int i = 0; i < t.headers().size(); i++) {
            header.createCell(i).setCellValue(t.headers().get(i));
            header.getCell(i).setCellStyle(head);
        }
        for (List<String> row : t.rows()) {
            Row line = sheet.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                line.createCell(i).setCellValue(TextSafety.xmlSafe(row.get(i)));
            }
        }
        return r + 1;
    }
}
