package io.sidebench.logic.export;

import io.sidebench.logic.charts.ChartTheme;
import java.util.List;
import java.util.Locale;

/** The export formats and the exporter for each. */
public final class ExportFormats {
    public static final List<String> NAMES = List.of("csv", "jsonl", "xlsx", "html", "pdf", "md");
    /** Files for other tools (the command line's export; not report formats): LLM Comparator, FastChat MT-Bench. */
    public static final List<String> INTERCHANGE = List.of("llm-comparator", "mt-bench");

    private ExportFormats() {
    }

    /**
     * @param bom for CSV: start with a UTF-8 byte-order mark (Excel on Windows needs it)
     * @throws IllegalArgumentException for an unknown format, naming the known ones
     */
    public static Exporter create(String format, boolean bom, ChartTheme theme) {
        return create(format, bom, theme, false, null);
    }

    /**
     * @param allAnswers HTML: add every prompt with all its answers side by side (streamed; other formats
     *                   ignore it: CSV, JSONL and XLSX hold every answer anyway)
     */
    public static Exporter create(String format, boolean bom, ChartTheme theme, boolean allAnswers) {
        return create(format, bom, theme, allAnswers, null);
    }

    /**
     * @param allAnswers as in {@link #create(String, boolean, ChartTheme, boolean)}
     * @param turns every turn's answer of a completion, for the MT-Bench export ({@code null}: last turns only)
     */
    public static Exporter create(String format, boolean bom, ChartTheme theme, boolean allAnswers,
                                  TurnAnswers turns) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> new CsvExporter(bom);
            case "jsonl" -> new JsonlExporter();
            case "xlsx" -> new XlsxExporter(theme);
            case "html" -> new HtmlReportExporter(theme, allAnswers);
            case "pdf" -> new PdfReportExporter(theme);
            case "md", "markdown" -> new MarkdownExporter();
            case "llm-comparator" -> new LlmComparatorExporter();
            case "mt-bench" -> new MtBenchExporter(turns);
            default -> throw new IllegalArgumentException("unknown export format '" + format + "' (expected one of "
                    + String.join(", ", NAMES) + ", " + String.join(", ", INTERCHANGE) + ")");
        };
    }
}
