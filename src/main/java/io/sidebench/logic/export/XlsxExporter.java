package io.sidebench.logic.export;

import io.sidebench.logic.charts.ChartExporter;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.JFreeChart;

/**
 * An Excel workbook: a results sheet (frozen header, auto-filter, wrapped text), leaderboard, speed
 * and annotations sheets, and the charts as images. Rows stream to disk, so large runs fit in memory.
 * Text is stored as typed strings (never formulas); formula-like text also gets Excel's quote-prefix
 * style so it stays text when edited. Cells are cut at Excel's 32,767-character limit.
 */
public final class XlsxExporter implements Exporter {
    static final int MAX_CELL = 32_767;
    private final ChartTheme theme;

    public XlsxExporter(ChartTheme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            results(wb, styles, report);
            leaderboard(wb, styles, report);
            speed(wb, styles, report);
            annotations(wb, styles, report);
            charts(wb, styles, report);
            XlsxJudgment.sheet(wb, report);
            wb.write(out);
            wb.dispose();
        }
        out.flush();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle wrapQuoted;
        final CellStyle plain;
        final CellStyle quoted;
        final CellStyle number;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrapQuoted = wb.createCellStyle();
            wrapQuoted.cloneStyleFrom(wrap);
            wrapQuoted.setQuotePrefixed(true);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(plain);
            quoted.setQuotePrefixed(true);
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            number.setDataFormat(wb.createDataFormat().getFormat("0.###"));
        }
    }

    private static void results(SXSSFWorkbook wb, Styles styles, Report report) {
        SXSSFSheet sheet = wb.createSheet("Results");
        List<ResultColumns.Column> columns = ResultColumns.forReport(report);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(head.createCell(c), columns.get(c).header(), styles.header, styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (ResultRow row : report.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                ResultColumns.Column column = columns.get(c);
                Object value = column.value().apply(row);
                Cell cell = line.createCell(c);
                if (value instanceof String s) {
                    boolean wide = column.width() >= 20;
                    text(cell, s, wide ? styles.wrap : styles.plain, wide ? styles.wrapQuoted : styles.quoted);
                } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.number);
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private static void leaderboard(SXSSFWorkbook wb, Styles styles, Report report) {
        SXSSFSheet sheet = wb.createSheet("Leaderboard");
        List<String> headers = new ArrayList<>(List.of("rank", "model", "answers", "errors"));
        for (String s : report.scorers()) {
            headers.addAll(List.of(s + " mean", s + " 95% low", s + " 95% high"));
        }
        List<HumanColumns> human = report.humanColumns();
        for (HumanColumns h : human) {
            headers.addAll(List.of(h.label() + " mean", h.label() + " 95% low", h.label() + " 95% high"));
        }
        headers.add("cost per 1000 answers (USD)");
        header(sheet, styles, headers);
        int r = 1;
        List<Integer> ranks = report.ranks();
        for (LeaderboardRow row : report.leaderboard()) {
            Row line = sheet.createRow(r++);
            int c = 0;
            if (report.primaryScore() != null) {
                num(line.createCell(c), ranks.get(r - 2), styles);
            }
            c++;
            text(line.createCell(c++), row.label(), styles.plain, styles.quoted);
            num(line.createCell(c++), row.answers(), styles);
            num(line.createCell(c++), row.errors(), styles);
            for (String s : report.scorers()) {
                c = interval(line, c, row.score(s), styles);
            }
            for (HumanColumns h : human) {
                c = interval(line, c, row.human(h.key()), styles);
            }
            if (row.costPer1000() != null) {
                num(line.createCell(c), row.costPer1000(), styles);
            }
        }
        sheet.createFreezePane(2, 1);
    }

    private static void speed(SXSSFWorkbook wb, Styles styles, Report report) {
        SXSSFSheet sheet = wb.createSheet("Speed");
        var speed = report.speed();
        if (!speed.hasFigures()) {
            text(sheet.createRow(0).createCell(0), speed.note(), styles.plain, styles.quoted);
            return;
        }
        List<String> headers = new ArrayList<>(List.of("model", "TTFT mean (ms)", "TTFT 95% low", "TTFT 95% high",
                "end-to-end mean (ms)", "end-to-end median (ms)", "tokens/s mean", "tokens/s 95% low",
                "tokens/s 95% high", "TPOT mean (ms)", "TPOT 95% low", "TPOT 95% high"));
        if (speed.imported()) {
            headers.replaceAll(h -> h.equals("model") ? h : speed.title(h));
        }
        header(sheet, styles, headers);
        int r = 1;
        for (LeaderboardRow row : report.leaderboard()) {
            Row line = sheet.createRow(r++);
            text(line.createCell(0), row.label(), styles.plain, styles.quoted);
            int c = interval(line, 1, row.ttftMs(), styles);
            num(line.createCell(c++), row.e2eMs().mean(), styles);
            num(line.createCell(c++), row.medianE2eMs(), styles);
            c = interval(line, c, row.tokensPerSecond(), styles);
            interval(line, c, row.tpotMs(), styles);
        }
        if (!ReportText.speedLine(report).isEmpty()) {
            text(sheet.createRow(r + 1).createCell(0), ReportText.speedLine(report), styles.plain, styles.quoted);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void annotations(SXSSFWorkbook wb, Styles styles, Report report) {
        SXSSFSheet sheet = wb.createSheet("Annotations");
        List<String> dims = report.summary().annotationDimensions();
        List<String> headers = new ArrayList<>(List.of("prompt_key", "model", "annotator"));
        headers.addAll(dims);
        headers.addAll(List.of("tags", "comment"));
        header(sheet, styles, headers);
        sheet.setColumnWidth(headers.size() - 1, 60 * 256);
        int r = 1;
        for (AnnotationLine line : report.summary().annotations()) {
            Annotation a = line.annotation();
            Row row = sheet.createRow(r++);
            int c = 0;
            text(row.createCell(c++), line.promptKey(), styles.plain, styles.quoted);
            text(row.createCell(c++), line.modelLabel(), styles.plain, styles.quoted);
            text(row.createCell(c++), a.annotator(), styles.plain, styles.quoted);
            for (String d : dims) {
                Double v = a.ratings().get(d);
                Cell cell = row.createCell(c++);
                if (v != null) {
                    num(cell, v, styles);
                }
            }
            text(row.createCell(c++), String.join(", ", a.tags()), styles.plain, styles.quoted);
            text(row.createCell(c), a.comment(), styles.wrap, styles.wrapQuoted);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
        sheet.createFreezePane(0, 1);
    }

    private void charts(SXSSFWorkbook wb, Styles styles, Report report) {
        Map<String, JFreeChart> charts = new ReportCharts(theme).build(report);
        if (charts.isEmpty()) {
            return;
        }
        SXSSFSheet sheet = wb.createSheet("Charts");
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ChartExporter exporter = new ChartExporter(960, 540);
        int row = 0;
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            int picture = wb.addPicture(exporter.png(e.getValue(), 1.0), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(row);
            anchor.setCol2(15);
            anchor.setRow2(row + 28);
            drawing.createPicture(anchor, picture);
            row += 30;
        }
    }

    private static void header(Sheet sheet, Styles styles, List<String> headers) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            text(head.createCell(c), headers.get(c), styles.header, styles.header);
            sheet.setColumnWidth(c, Math.max(12, Math.min(28, headers.get(c).length() + 2)) * 256);
        }
    }

    private static int interval(Row line, int c, Interval i, Styles styles) {
        num(line.createCell(c), i.mean(), styles);
        num(line.createCell(c + 1), i.low(), styles);
        num(line.createCell(c + 2), i.high(), styles);
        return c + 3;
    }

    private static void num(Cell cell, double v, Styles styles) {
        if (Double.isFinite(v)) {
            cell.setCellValue(v);
            cell.setCellStyle(styles.number);
        }
    }

    /** A string cell: XML-safe, cut to Excel's limit, quote-prefixed when a spreadsheet would run it. */
    private static void text(Cell cell, String value, CellStyle style, CellStyle quotedStyle) {
        if (value == null) {
            return;
        }
        String safe = TextSafety.truncate(TextSafety.xmlSafe(value), MAX_CELL);
        cell.setCellValue(safe);
        cell.setCellStyle(TextSafety.isFormulaLike(safe) ? quotedStyle : style);
    }
}
