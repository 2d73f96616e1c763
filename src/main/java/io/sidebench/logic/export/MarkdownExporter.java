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
 * A short Markdown summary for pasting into tickets: headline, leaderboard, speed, profiles and the
 * example prompts. Table cells are escaped; answers go in code fences longer than any backtick run
 * they contain, so model output cannot break out into markup.
 */
public final class MarkdownExporter implements Exporter {
    static final int ANSWER_LIMIT = 1_500;

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        write(report, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the summary to {@code w} piece by piece (never as one string) and flushes it. */
    void write(Report report, Writer w) throws IOException {
        TextOut.run(w, m -> render(report, m));
    }

    private static void render(Report report, TextOut m) {
        m.append("# ").append(inline(report.projectTitle())).append("\n\n");
        m.append("_").append(inline(ReportText.runLine(report))).append("_  \n_");
        if (!ReportText.speedLine(report).isEmpty()) {
            m.append(inline(ReportText.speedLine(report))).append("_  \n_");
        }
        m.append(inline(ReportText.generated(report))).append("_\n\n");
        var o = report.objectives();
        if (o.goal() != null && !o.goal().isBlank()) {
            m.append("**Goal:** ").append(inline(o.goal())).append("\n\n");
        }
        if (o.successCriteria() != null && !o.successCriteria().isBlank()) {
            m.append("**Success criteria:** ").append(inline(o.successCriteria())).append("\n\n");
        }
        m.append("**").append(inline(ReportText.headline(report))).append("**\n\n");
        m.append("## Leaderboard\n\nMeans with 95 % bootstrap confidence intervals.\n\n");
        StringBuilder head = new StringBuilder("| # | Model | Answers | Failed |");
        StringBuilder rule = new StringBuilder("|---:|---|---:|---:|");
        for (String s : report.scorers()) {
            head.append(' ').append(cell(s)).append(" |");
            rule.append("---:|");
        }
        List<HumanColumns> human = report.humanColumns();
        for (HumanColumns c : human) {
            head.append(' ').append(cell(c.label())).append(" |");
            rule.append("---:|");
        }
        head.append(" Cost / 1,000 answers |");
        rule.append("---:|");
        m.append(head).append('\n').append(rule).append('\n');
        List<LeaderboardRow> board = report.leaderboard();
        for (int i = 0; i < board.size(); i++) {
            LeaderboardRow r = board.get(i);
            m.append("| ").append(report.rankLabel(i)).append(" | ").append(cell(r.label())).append(" | ").append(r.answers())
                    .append(" | ").append(r.errors()).append(" |");
            for (String s : report.scorers()) {
                m.append(' ').append(r.score(s).format(3)).append(" |");
            }
            for (HumanColumns c : human) {
                m.append(' ').append(r.human(c.key()).format(c.decimals())).append(" |");
            }
            m.append(' ').append(ReportText.money(r.costPer1000()))
                    .append(" |\n");
        }
        var speed = report.speed();
        m.append("\n## Speed").append(speed.imported() ? " (" + speed.mark() + ")" : "").append("\n\n");
        if (speed.note() != null) {
            m.append("**").append(inline(speed.note())).append("**\n\n");
        }
        if (speed.hasFigures()) {
            m.append("| Model | TTFT (ms) | Median end-to-end (s) | Tokens/s | TPOT (ms) |\n|---|---:|---:|---:|---:|\n");
            for (LeaderboardRow r : report.leaderboard()) {
                m.append("| ").append(cell(r.label())).append(" | ").append(r.ttftMs().format(0)).append(" | ")
                        .append(ReportText.num(r.medianE2eMs() / 1000.0, 2)).append(" | ")
                        .append(r.tokensPerSecond().format(1)).append(" | ").append(r.tpotMs().format(1)).append(" |\n");
            }
        }
        JudgmentTables.markdown(m, report);
        profiles(m, report);
        for (Example ex : report.examples()) {
            m.append("\n## ").append(inline(ex.title())).append("\n\n").append(inline(ex.why())).append("\n\n")
                    .append("**Prompt ").append(inline(ex.promptKey())).append(":**\n\n")
                    .append(fence(TextSafety.truncate(ex.prompt(), ANSWER_LIMIT)));
            for (ResultRow r : ex.answers()) {
                m.append("**").append(inline(r.modelLabel())).append(":**\n\n")
                        .append(fence(TextSafety.truncate(r.isOk() ? r.output() : "Failed: " + r.error(),
                                ANSWER_LIMIT)));
            }
        }
    }

    private static void profiles(TextOut m, Report report) {
        if (report.candidates().isEmpty()) {
            return;
        }
        m.append("\n## Model profiles\n\n| |");
        report.candidates().forEach(x -> m.append(' ').append(cell(x.displayName())).append(" |"));
        m.append("\n|---|");
        report.candidates().forEach(x -> m.append("---|"));
        m.append('\n');
        for (List<String> row : ReportText.profileRows(report.candidates())) {
            m.append('|');
            row.forEach(v -> m.append(' ').append(cell(v)).append(" |"));
            m.append('\n');
        }
        List<ReportText.ModelRisk> risks = ReportText.risks(report.candidates());
        if (!risks.isEmpty()) {
            m.append("\n## Risks\n\n| Model | Category | Risk | Impact | Likelihood | Mitigation |\n"
                    + "|---|---|---|---|---|---|\n");
            for (ReportText.ModelRisk r : risks) {
                m.append("| ").append(cell(r.model())).append(" | ").append(cell(r.risk().category())).append(" | ")
                        .append(cell(r.risk().description())).append(" | ").append(cell(r.risk().impact()))
                        .append(" | ").append(cell(r.risk().likelihood())).append(" | ")
                        .append(cell(r.risk().mitigation())).append(" |\n");
            }
        }
    }

    /** Text inside a table cell: one line, pipes and markup characters escaped. */
    static String cell(String text) {
        return inline(ReportText.text(text)).replace("|", "\\|");
    }

    /** One line of text with Markdown/HTML-significant characters escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String safe = TextSafety.xmlSafe(text).replaceAll("[\\r\\n]+", " ");
        StringBuilder out = new StringBuilder(safe.length());
        for (char c : safe.toCharArray()) {
            if ("\\`*_[]<>#|!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A fenced code block whose fence is longer than any run of backticks in the text. */
    static String fence(String text) {
        String body = TextSafety.xmlSafe(text == null ? "" : text);
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n\n";
    }
}
