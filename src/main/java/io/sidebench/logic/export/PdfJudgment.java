package io.sidebench.logic.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.sidebench.logic.charts.AppColors;
import java.util.List;

/** The PDF report's human-judgment section ({@link JudgmentTables}). */
final class PdfJudgment {
    private PdfJudgment() {
    }

    static void add(Document doc, PdfFonts fonts, Report report) throws DocumentException {
        if (!JudgmentTables.present(report)) {
            return;
        }
        Paragraph title = PdfReportExporter.para(fonts.phrase(JudgmentTables.TITLE, 16, Font.BOLD, AppColors.ACCENT), 6);
        title.setSpacingBefore(10);
        doc.add(title);
        JudgmentTables.Table ratings = JudgmentTables.ratings(report);
        if (!ratings.isEmpty()) {
            String overall = JudgmentTables.overallNote(report);
            note(doc, fonts, "Ratings per rubric dimension", JudgmentTables.RATINGS_NOTE + (overall == null ? "" : " " + overall));
            doc.add(table(fonts, ratings, new float[] {2.2f, 1.4f, 2.6f, 0.6f, 1.6f, 1.6f}));
        }
        JudgmentTables.Table agreement = JudgmentTables.agreement(report);
        if (!agreement.isEmpty()) {
            note(doc, fonts, "Agreement between annotators", JudgmentTables.AGREEMENT_NOTE);
            doc.add(table(fonts, agreement, new float[] {2.2f, 1f, 1.2f, 1f, 1.2f, 1.5f, 1f, 1.2f, 1.2f}));
        }
        JudgmentTables.Table disagreed = JudgmentTables.disagreements(report);
        if (!disagreed.isEmpty()) {
            note(doc, fonts, "Answers the annotators disagree on most", "Spread: max − min of the ratings as a share "
                    + "of the dimension's scale, on the dimension where it is largest.");
            doc.add(table(fonts, disagreed, new float[] {1.2f, 1.8f, 1.2f, 1f, 6f}));
        }
        JudgmentTables.Table judge = JudgmentTables.judge(report);
        if (!judge.isEmpty()) {
            note(doc, fonts, "Judge and humans", JudgmentTables.JUDGE_NOTE);
            doc.add(table(fonts, judge, new float[] {2f, 2f, 0.7f, 4f}));
        }
    }

    private static void note(Document doc, PdfFonts fonts, String title, String text) throws DocumentException {
        Paragraph heading = PdfReportExporter.para(fonts.phrase(title, 11, Font.BOLD, AppColors.LIGHT_TEXT), 2);
        heading.setSpacingBefore(8);
        doc.add(heading);
        doc.add(PdfReportExporter.para(fonts.phrase(text, 9, Font.NORMAL, AppColors.LIGHT_MUTED), 4));
    }

    private static PdfPTable table(PdfFonts fonts, JudgmentTables.Table t, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            table.addCell(cell(fonts, h, true));
        }
        for (List<String> row : t.rows()) {
            row.forEach(x -> table.addCell(cell(fonts, x, false)));
        }
        return table;
    }

    private static PdfPCell cell(PdfFonts fonts, String text, boolean head) {
        PdfPCell c = new PdfPCell(fonts.phrase(text, 8, head ? Font.BOLD : Font.NORMAL, AppColors.LIGHT_TEXT));
        c.setPadding(3);
        c.setBorderColor(AppColors.LIGHT_GRID);
        if (head) {
            c.setBackgroundColor(AppColors.LIGHT_PLOT);
        }
        return c;
    }
}
