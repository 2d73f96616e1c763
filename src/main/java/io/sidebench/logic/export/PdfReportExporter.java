package io.sidebench.logic.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.sidebench.logic.charts.AppColors;
import io.sidebench.logic.charts.ChartExporter;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The PDF report (A4 landscape): the same content as the HTML report — summary, leaderboard,
 * charts, profiles beside the risk register, examples — with fonts embedded so Chinese prints.
 */
public final class PdfReportExporter implements Exporter {
    /** Answers with annotations listed after the examples, at most. */
    static final int ANNOTATED_LIMIT = 100;
    private final ChartTheme theme;

    public PdfReportExporter(ChartTheme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        PdfFonts fonts = new PdfFonts();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(fonts, report.projectTitle()));
            doc.addTitle(TextSafety.xmlSafe(report.projectTitle()));
            doc.addCreator("Sidebench");
            doc.open();
            PdfTables tables = new PdfTables(fonts);
            doc.add(para(fonts.phrase(report.projectTitle(), 22, Font.BOLD, AppColors.LIGHT_TEXT), 0));
            doc.add(para(fonts.phrase(ReportText.runLine(report), 10, Font.NORMAL, AppColors.LIGHT_MUTED), 2));
            if (!ReportText.speedLine(report).isEmpty()) {
                doc.add(para(fonts.phrase(ReportText.speedLine(report), 10, Font.NORMAL, AppColors.LIGHT_MUTED), 2));
            }
            doc.add(para(fonts.phrase(ReportText.generated(report), 9, Font.NORMAL, AppColors.LIGHT_MUTED), 10));
            heading(doc, fonts, "Summary");
            doc.add(para(fonts.phrase(ReportText.headline(report), 13, Font.BOLD, AppColors.LIGHT_TEXT), 6));
            doc.add(tables.summary(report));
            heading(doc, fonts, "Leaderboard");
            doc.add(para(fonts.phrase("Means with 95 % bootstrap confidence intervals"
                    + (report.primaryScore() == null ? "" : "; sorted by " + report.primaryScore())
                    + ". Baselines bound what the scores can say.", 9, Font.NORMAL, AppColors.LIGHT_MUTED), 4));
            doc.add(tables.leaderboard(report));
            if (report.speed().note() != null) {
                doc.add(para(fonts.phrase(report.speed().note(), 10, Font.BOLD, AppColors.LIGHT_TEXT), 4));
            }
            PdfJudgment.add(doc, fonts, report);
            charts(doc, fonts, report);
            doc.newPage();
            heading(doc, fonts, "Model profiles and risks");
            doc.add(tables.profilesAndRisks(report));
            examples(doc, fonts, report);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private void charts(Document doc, PdfFonts fonts, Report report) throws DocumentException, IOException {
        Map<String, JFreeChart> charts = new ReportCharts(theme).build(report);
        if (charts.isEmpty()) {
            return;
        }
        doc.newPage();
        heading(doc, fonts, "Charts");
        ChartExporter exporter = new ChartExporter(960, 540);
        float width = (doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin() - 12) / 2;
        com.lowagie.text.pdf.PdfPTable grid = new com.lowagie.text.pdf.PdfPTable(2);
        grid.setWidthPercentage(100);
        for (JFreeChart chart : charts.values()) {
            Image image = Image.getInstance(exporter.png(chart, 2.0));
            image.scaleToFit(width, width * 540 / 960);
            com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(image, false);
            cell.setBorder(0);
            cell.setPadding(4);
            grid.addCell(cell);
        }
        if (charts.size() % 2 == 1) {
            com.lowagie.text.pdf.PdfPCell empty = new com.lowagie.text.pdf.PdfPCell(fonts.phrase(" ", 8));
            empty.setBorder(0);
            grid.addCell(empty);
        }
        doc.add(grid);
    }

    private static void examples(Document doc, PdfFonts fonts, Report report) throws DocumentException {
        List<ResultRow> annotated = report.summary().annotated().stream().limit(ANNOTATED_LIMIT).toList();
        if (report.examples().isEmpty() && annotated.isEmpty()) {
            unscoredAnswers(doc, fonts, report);
            return;
        }
        doc.newPage();
        heading(doc, fonts, "Examples");
        for (Example ex : report.examples()) {
            doc.add(para(fonts.phrase(ex.title(), 13, Font.BOLD, AppColors.LIGHT_TEXT), 2));
            doc.add(para(fonts.phrase(ex.why(), 9, Font.NORMAL, AppColors.LIGHT_MUTED), 4));
            prompt(doc, fonts, ex.promptKey(), ex.category(), ex.prompt(), ex.reference());
            for (ResultRow r : ex.answers()) {
                answer(doc, fonts, r);
            }
            doc.add(para(fonts.phrase(" ", 6), 8));
        }
        if (!annotated.isEmpty()) {
            heading(doc, fonts, "Annotated answers");
            for (ResultRow r : annotated) {
                prompt(doc, fonts, r.promptKey(), r.category(), r.prompt(), r.reference());
                answer(doc, fonts, r);
                doc.add(para(fonts.phrase(" ", 6), 6));
            }
        }
    }

    /** A run with no scored or rated answer: its first prompts, each with all its answers. */
    private static void unscoredAnswers(Document doc, PdfFonts fonts, Report report) throws DocumentException {
        if (report.rowCount() == 0) {
            return;
        }
        doc.newPage();
        heading(doc, fonts, "Answers");
        doc.add(para(fonts.phrase("The run has no scored or rated answers yet; these are the answers to its first "
                + AnswerGroups.UNSCORED_PROMPTS + " prompts.", 9, Font.NORMAL, AppColors.LIGHT_MUTED), 6));
        AnswerGroups.write(report, AnswerGroups.UNSCORED_PROMPTS, new AnswerGroups.Sink<DocumentException>() {
            @Override
            public void prompt(ResultRow first, int ordinal) throws DocumentException {
                PdfReportExporter.prompt(doc, fonts, first.promptKey(), first.category(), first.prompt(), first.reference());
            }

            @Override
            public void answer(ResultRow row) throws DocumentException {
                PdfReportExporter.answer(doc, fonts, row, AnswerGroups.answerLabel(report, row));
            }

            @Override
            public void endPrompt() throws DocumentException {
                doc.add(para(fonts.phrase(" ", 6), 8));
            }
        });
    }

    private static void prompt(Document doc, PdfFonts fonts, String key, String category, String prompt,
                               String reference) throws DocumentException {
        doc.add(para(fonts.phrase("Prompt " + key + (category == null ? "" : " · " + category), 9, Font.BOLD,
                AppColors.LIGHT_TEXT), 1));
        doc.add(para(fonts.phrase(TextSafety.truncate(prompt, ReportText.PDF_ANSWER_LIMIT), 9), 4));
        if (reference != null && !reference.isBlank()) {
            doc.add(para(fonts.phrase("Reference", 9, Font.BOLD, AppColors.GOOD), 1));
            doc.add(para(fonts.phrase(TextSafety.truncate(reference, ReportText.PDF_ANSWER_LIMIT), 9), 4));
        }
    }

    private static void answer(Document doc, PdfFonts fonts, ResultRow r) throws DocumentException {
        answer(doc, fonts, r, r.modelLabel());
    }

    private static void answer(Document doc, PdfFonts fonts, ResultRow r, String name) throws DocumentException {
        StringBuilder label = new StringBuilder(name);
        r.scores().forEach((k, v) -> label.append(" · ").append(k).append(' ').append(ReportText.num(v, 3)));
        doc.add(para(fonts.phrase(label.toString(), 9, Font.BOLD, AppColors.ACCENT), 1));
        if (!r.isOk()) {
            doc.add(para(fonts.phrase("Failed: " + r.error(), 9, Font.NORMAL, AppColors.BAD), 1));
        }
        doc.add(para(fonts.phrase(TextSafety.truncate(r.output(), ReportText.PDF_ANSWER_LIMIT), 9), 3));
        for (Annotation a : r.annotations()) {
            doc.add(para(fonts.phrase(ResultColumns.annotation(a), 8, Font.ITALIC, AppColors.LIGHT_MUTED), 2));
        }
    }

    private static void heading(Document doc, PdfFonts fonts, String text) throws DocumentException {
        Paragraph p = para(fonts.phrase(text, 16, Font.BOLD, AppColors.ACCENT), 6);
        p.setSpacingBefore(10);
        doc.add(p);
    }

    static Paragraph para(Phrase phrase, float after) {
        Paragraph p = new Paragraph(phrase);
        p.setSpacingAfter(after);
        return p;
    }

    /** Title and page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final PdfFonts fonts;
        private final String title;

        Footer(PdfFonts fonts, String title) {
            this.fonts = fonts;
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase text = fonts.phrase(title + " · Sidebench report · page " + writer.getPageNumber(), 8,
                    Font.NORMAL, new Color(0x6B7280));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, text,
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}
