package io.sidebench.logic.export;

import io.sidebench.logic.charts.AppColors;
import io.sidebench.logic.charts.ChartExporter;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import io.sidebench.model.RubricDimension;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * One self-contained HTML file that opens offline: summary, leaderboard with intervals, charts as
 * inline SVG, model profiles beside the risk matrix, and browsable examples. It holds no script at
 * all, every piece of project text is escaped, and a Content-Security-Policy forbids scripts and
 * remote loads as a second line of defence.
 */
public final class HtmlReportExporter implements Exporter {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'";
    /** Answers with annotations listed in the browsable section, at most. */
    static final int ANNOTATED_LIMIT = 200;

    private final ChartTheme theme;
    private final boolean allAnswers;

    public HtmlReportExporter(ChartTheme theme) {
        this(theme, false);
    }

    /**
     * @param allAnswers add every prompt with all models' answers side by side (reference, scores and
     *                   annotations); without it, a run with no scored or rated answers shows its first
     *                   {@value AnswerGroups#UNSCORED_PROMPTS} prompts that way
     */
    public HtmlReportExporter(ChartTheme theme, boolean allAnswers) {
        this.theme = theme;
        this.allAnswers = allAnswers;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        write(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the report to {@code w} piece by piece (never as one string) and flushes it. */
    void write(Report report, Writer w) throws IOException {
        TextOut.run(w, h -> render(report, h));
    }

    private void render(Report report, TextOut h) {
        String title = report.projectTitle();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append(" · Sidebench report</title>\n<style>")
                .append(css()).append("</style></head><body>\n");
        h.append("<header><h1>").append(Html.esc(title)).append("</h1><p class=\"muted\">")
                .append(Html.esc(ReportText.runLine(report))).append("<br>")
                .append(ReportText.speedLine(report).isEmpty() ? "" : Html.esc(ReportText.speedLine(report)) + "<br>")
                .append(Html.esc(ReportText.generated(report))).append("</p></header>\n");
        h.append("<nav><a href=\"#summary\">Summary</a><a href=\"#leaderboard\">Leaderboard</a>")
                .append(JudgmentTables.present(report) ? "<a href=\"#human\">Human judgment</a>" : "")
                .append("<a href=\"#charts\">Charts</a><a href=\"#profiles\">Profiles &amp; risks</a>")
                .append("<a href=\"#examples\">Examples</a>")
                .append(showsAnswers(report) ? "<a href=\"#answers\">Answers</a>" : "").append("</nav>\n<main>\n");
        summary(h, report);
        new HtmlTables(h).leaderboard(report);
        JudgmentTables.html(h, report);
        charts(h, report);
        new HtmlTables(h).profilesAndRisks(report);
        examples(h, report);
        answers(h, report);
        h.append("</main></body></html>\n");
    }

    private static void summary(TextOut h, Report report) {
        var o = report.objectives();
        h.append("<section id=\"summary\"><h2>Summary</h2>");
        h.append("<p class=\"headline\">").append(Html.esc(ReportText.headline(report))).append("</p>");
        h.append("<dl>");
        dl(h, "Evaluation", o.title());
        dl(h, "Goal", o.goal());
        dl(h, "Success criteria", o.successCriteria());
        if (!o.rubric().isEmpty()) {
            StringBuilder rubric = new StringBuilder();
            for (RubricDimension d : o.rubric()) {
                rubric.append(rubric.length() == 0 ? "" : "; ").append(d.name()).append(" (").append(d.min())
                        .append("–").append(d.max()).append(")");
            }
            dl(h, "Rubric", rubric.toString());
        }
        dl(h, "Headline score", report.primaryScore() == null ? "none yet" : report.primaryScore());
        h.append("</dl></section>\n");
    }

    private static void dl(TextOut h, String term, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
        }
    }

    private void charts(TextOut h, Report report) {
        Map<String, JFreeChart> charts = new ReportCharts(theme).build(report);
        h.append("<section id=\"charts\"><h2>Charts</h2>");
        if (charts.isEmpty()) {
            h.append("<p class=\"muted\">No completions with timings or scores yet.</p>");
        }
        h.append("<div class=\"charts\">");
        ChartExporter exporter = new ChartExporter(960, 540);
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            String svg = exporter.svgElement(e.getValue(), "chart-" + e.getKey())
                    .replaceFirst("width='960\\.0' height='540\\.0'", "viewBox='0 0 960 540' role='img'");
            h.append("<figure>").append(svg).append("<figcaption>")
                    .append(Html.esc(ReportCharts.CAPTIONS.getOrDefault(e.getKey(), e.getKey())))
                    .append(report.speed().imported() && ReportCharts.SPEED_CHARTS.contains(e.getKey())
                            ? " \u2014 " + Html.esc(report.speed().mark()) : "")
                    .append("</figcaption></figure>");
        }
        h.append("</div></section>\n");
    }

    private static void examples(TextOut h, Report report) {
        h.append("<section id=\"examples\"><h2>Examples</h2>");
        if (report.examples().isEmpty()) {
            h.append("<p class=\"muted\">No scored or rated answers yet.</p>");
        }
        for (Example ex : report.examples()) {
            h.append("<details class=\"example ").append(Html.esc(ex.kind())).append("\"")
                    .append(ex.kind().equals("best") ? " open" : "").append("><summary><strong>")
                    .append(Html.esc(ex.title())).append("</strong> · ").append(Html.esc(ex.why()))
                    .append("</summary>");
            promptBlock(h, ex.promptKey(), ex.category(), ex.prompt(), ex.reference());
            for (ResultRow r : ex.answers()) {
                answer(h, r, r.modelLabel(), report.speed());
            }
            h.append("</details>");
        }
        List<ResultRow> annotated = report.summary().annotated().stream().limit(ANNOTATED_LIMIT).toList();
        if (!annotated.isEmpty()) {
            h.append("<h3>Annotated answers</h3>");
            for (ResultRow r : annotated) {
                h.append("<details class=\"example\"><summary>").append(Html.esc(r.promptKey())).append(" · ")
                        .append(Html.esc(r.modelLabel())).append(" · ").append(r.annotations().size())
                        .append(" annotation").append(r.annotations().size() == 1 ? "" : "s").append("</summary>");
                promptBlock(h, r.promptKey(), r.category(), r.prompt(), r.reference());
                answer(h, r, r.modelLabel(), report.speed());
                h.append("</details>");
            }
        }
        h.append("</section>\n");
    }

    private boolean showsAnswers(Report report) {
        return allAnswers || report.examples().isEmpty();
    }

    /** Each prompt with all its answers side by side, streamed from the project row by row. */
    private void answers(TextOut h, Report report) {
        if (!showsAnswers(report)) {
            return;
        }
        int limit = allAnswers ? Integer.MAX_VALUE : AnswerGroups.UNSCORED_PROMPTS;
        h.append("<section id=\"answers\"><h2>").append(allAnswers ? "All answers" : "Answers")
                .append("</h2><p class=\"muted\">Each prompt with every model's answer")
                .append(report.run().repeats() > 1 ? " and repeat" : "")
                .append(", the reference, scores and annotations.")
                .append(allAnswers ? "" : " The run has no scored or rated answers yet; these are its first "
                        + AnswerGroups.UNSCORED_PROMPTS + " prompts (export with all answers for every prompt).")
                .append("</p>");
        int written = AnswerGroups.write(report, limit, new AnswerGroups.Sink<RuntimeException>() {
            @Override
            public void prompt(ResultRow first, int ordinal) {
                h.append("<details class=\"prompt-answers\" open><summary>").append(Html.esc(first.promptKey()))
                        .append(first.category() == null ? "" : " · " + Html.esc(first.category()))
                        .append("</summary>");
                promptBlock(h, first.promptKey(), first.category(), first.prompt(), first.reference());
                h.append("<div class=\"side-by-side\">");
            }

            @Override
            public void answer(ResultRow row) {
                HtmlReportExporter.answer(h, row, AnswerGroups.answerLabel(report, row), report.speed());
            }

            @Override
            public void endPrompt() {
                h.append("</div></details>");
            }
        });
        if (written == 0) {
            h.append("<p class=\"muted\">No answers yet.</p>");
        } else if (written < report.promptCount() && !allAnswers) {
            h.append("<p class=\"muted\">").append(report.promptCount() - written)
                    .append(" more prompts are in the full export.</p>");
        }
        h.append("</section>\n");
    }

    private static void promptBlock(TextOut h, String key, String category, String prompt, String reference) {
        h.append("<div class=\"prompt\"><div class=\"label\">Prompt ").append(Html.esc(key))
                .append(category == null ? "" : " · " + Html.esc(category)).append("</div><pre>")
                .append(Html.esc(prompt)).append("</pre>");
        if (reference != null && !reference.isBlank()) {
            h.append("<div class=\"label\">Reference</div><pre class=\"reference\">").append(Html.esc(reference))
                    .append("</pre>");
        }
        h.append("</div>");
    }

    private static void answer(TextOut h, ResultRow r, String label,
                               io.sidebench.logic.answers.SpeedSource speed) {
        h.append("<div class=\"answer\"><div class=\"label\">").append(Html.esc(label));
        r.scores().forEach((k, v) -> h.append(" · ").append(Html.esc(k)).append(" ")
                .append(ReportText.num(v, 3)));
        if (r.metrics().e2eMs() != null) {
            h.append(" · ").append(ReportText.num(r.metrics().e2eMs() / 1000.0, 2)).append(" s")
                    .append(speed.imported() ? " (" + Html.esc(speed.mark()) + ")" : "");
        }
        h.append("</div>");
        if (!r.isOk()) {
            h.append("<p class=\"error\">Failed: ").append(Html.esc(r.error())).append("</p>");
        }
        h.append("<pre>").append(Html.esc(TextSafety.truncate(r.output(), ReportText.HTML_ANSWER_LIMIT)))
                .append("</pre>");
        for (Annotation a : r.annotations()) {
            h.append("<p class=\"annotation\">").append(Html.esc(ResultColumns.annotation(a))).append("</p>");
        }
        h.append("</div>");
    }

    private static String css() {
        String accent = AppColors.hex(AppColors.ACCENT);
        return "body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','Microsoft YaHei',"
                + "sans-serif;margin:0;color:" + AppColors.hex(AppColors.LIGHT_TEXT) + ";background:#fff;line-height:1.45}"
                + "header{padding:24px 32px 8px;border-bottom:3px solid " + accent + "}h1{margin:0 0 6px;font-size:26px}"
                + "nav{padding:8px 32px;background:" + AppColors.hex(AppColors.LIGHT_PLOT) + ";position:sticky;top:0;"
                + "border-bottom:1px solid " + AppColors.hex(AppColors.LIGHT_GRID) + "}nav a{margin-right:18px;color:"
                + accent + ";text-decoration:none}main{padding:0 32px 48px;max-width:1400px}"
                + "h2{margin-top:32px;border-bottom:1px solid " + AppColors.hex(AppColors.LIGHT_GRID) + "}"
                + ".muted{color:" + AppColors.hex(AppColors.LIGHT_MUTED) + "}.headline{font-size:18px;font-weight:600}"
                + "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:600}dd{margin:0}"
                + "table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid "
                + AppColors.hex(AppColors.LIGHT_GRID) + ";padding:4px 8px;text-align:left;vertical-align:top}"
                + "th{background:" + AppColors.hex(AppColors.LIGHT_PLOT) + "}td.num{text-align:right;"
                + "font-variant-numeric:tabular-nums;white-space:nowrap}tr.baseline td{color:"
                + AppColors.hex(AppColors.LIGHT_MUTED) + "}.swatch{display:inline-block;width:10px;height:10px;"
                + "margin-right:6px;border-radius:2px}"
                + ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}"
                + "figure{margin:0;border:1px solid " + AppColors.hex(AppColors.LIGHT_GRID) + ";padding:8px}"
                + "figure svg{width:100%;height:auto}figcaption{font-size:12px;color:"
                + AppColors.hex(AppColors.LIGHT_MUTED) + "}"
                + ".wide{overflow-x:auto}small{font-size:11px}.side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:24px}.side>div{overflow-x:auto}@media(max-width:1000px){.side{display:block}}"
                + ".matrix td{width:30%;font-size:12px}.matrix td.high{background:#fde2e2}.matrix td.medium{background:#fef3c7}"
                + ".matrix td.low{background:#e7f5ec}"
                + "details.example{border:1px solid " + AppColors.hex(AppColors.LIGHT_GRID) + ";border-radius:6px;"
                + "margin:10px 0;padding:6px 12px}details.best{border-left:4px solid " + AppColors.hex(AppColors.GOOD)
                + "}details.worst{border-left:4px solid " + AppColors.hex(AppColors.BAD) + "}details.disagreement{"
                + "border-left:4px solid " + AppColors.hex(AppColors.SERIES.get(1)) + "}summary{cursor:pointer}"
                + "pre{white-space:pre-wrap;word-break:break-word;background:" + AppColors.hex(AppColors.LIGHT_PLOT)
                + ";padding:8px;border-radius:4px;font-family:ui-monospace,monospace;font-size:13px;max-height:480px;"
                + "overflow:auto}pre.reference{background:#eef6ee}.label{font-size:12px;font-weight:600;margin-top:8px}"
                + ".error{color:" + AppColors.hex(AppColors.BAD) + "}.annotation{font-size:13px;margin:4px 0;"
                + "padding-left:8px;border-left:3px solid " + accent + "}"
                + ".side-by-side{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}"
                + ".side-by-side>.answer{min-width:0}details.prompt-answers{border:1px solid "
                + AppColors.hex(AppColors.LIGHT_GRID) + ";border-radius:6px;margin:10px 0;padding:6px 12px}"
                + "@media print{nav{display:none}details{display:block}}";
    }
}
