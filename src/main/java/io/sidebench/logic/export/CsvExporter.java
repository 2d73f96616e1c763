package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (optionally with a byte-order mark so Excel detects the encoding): CRLF line
 * ends, fields quoted when they hold a comma, quote, CR or LF. Text cells a spreadsheet would run as a
 * formula get an apostrophe in front; characters spreadsheets cannot hold (NUL...) become U+FFFD.
 */
public final class CsvExporter implements Exporter {
    private final boolean bom;

    public CsvExporter(boolean bom) {
        this.bom = bom;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            writer.write('\uFEFF');
        }
        List<ResultColumns.Column> columns = ResultColumns.forReport(report);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(columns.get(i).header(), true));
        }
        writer.write("\r\n");
        for (ResultRow row : report.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                ResultColumns.Column column = columns.get(i);
                Object value = column.value().apply(row);
                writer.write(value == null ? "" : field(value instanceof String s ? s : number(value), column.text()));
            }
            writer.write("\r\n");
        }
        writer.flush();
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : ResultColumns.number(d);
        }
        return value.toString();
    }

    /** One field: sanitised, neutralised when it is text, quoted when needed. */
    static String field(String raw, boolean text) {
        String value = TextSafety.xmlSafe(raw);
        if (text) {
            value = TextSafety.neutraliseFormula(value);
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
