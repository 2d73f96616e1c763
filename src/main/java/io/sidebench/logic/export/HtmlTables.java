package io.sidebench.logic.export;

import io.sidebench.logic.charts.AppColors;
import io.sidebench.model.ModelConfig;
import java.util.List;

/** The tables of the HTML report: leaderboard, model profiles and the risk register and matrix. */
final class HtmlTables {
    private final TextOut h;

    HtmlTables(TextOut h) {
        this.h = h;
    }

    void leaderboard(Report report) {
        h.append("<section id=\"leaderboard\"><h2>Leaderboard</h2><p class=\"muted\">Means with 95 % bootstrap "
                + "confidence intervals")
                .append(report.primaryScore() == null ? "" : "; sorted by " + Html.esc(report.primaryScore()))
                .append(". Baselines are shown in grey: they bound what the scores can say.</p>");
        h.append("<div class=\"wide\"><table><thead><tr><th>#</th><th>Model</th><th>Answers</th><th>Failed</th>");
        for (String s : report.scorers()) {
            h.append("<th>").append(Html.esc(s)).append("</th>");
        }
        List<HumanColumns> human = report.humanColumns();
        human.forEach(c -> h.append("<th>").append(Html.esc(c.label())).append("</th>"));
        var speed = report.speed();
        h.append("<th>").append(Html.esc(speed.title("TTFT (ms)"))).append("</th><th>")
                .append(Html.esc(speed.title("Tokens/s"))).append("</th><th>Cost / 1,000 answers</th></tr></thead><tbody>");
        List<LeaderboardRow> board = report.leaderboard();
        for (int i = 0; i < board.size(); i++) {
            LeaderboardRow row = board.get(i);
            h.append("<tr").append(row.baseline() ? " class=\"baseline\"" : "").append("><td class=\"num\">")
                    .append(report.rankLabel(i)).append("</td><td><span class=\"swatch\" style=\"background:")
                    .append(AppColors.hex(AppColors.series(modelIndex(report.models(), row.model()))))
                    .append("\"></span>").append(Html.esc(row.label())).append("</td><td class=\"num\">")
                    .append(row.answers()).append("</td><td class=\"num\">").append(row.errors()).append("</td>");
            for (String s : report.scorers()) {
                interval(row.score(s), 3);
            }
            human.forEach(c -> interval(row.human(c.key()), c.decimals()));
            interval(row.ttftMs(), 0);
            interval(row.tokensPerSecond(), 1);
            cell(ReportText.money(row.costPer1000()));
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
        if (speed.note() != null) {
            h.append("<p class=\"speed-note\"><strong>").append(Html.esc(speed.note())).append("</strong></p>");
        }
        h.append("</section>\n");
    }

    /** The mean, with its interval in small type below it. */
    private void interval(Interval i, int decimals) {
        h.append("<td class=\"num\">").append(Html.esc(ReportText.num(i.mean(), decimals)));
        if (i.n() > 1 && Double.isFinite(i.low())) {
            h.append("<br><small class=\"muted\">[").append(Html.esc(ReportText.num(i.low(), decimals))).append(", ")
                    .append(Html.esc(ReportText.num(i.high(), decimals))).append("]</small>");
        }
        h.append("</td>");
    }

    private void cell(String text) {
        h.append("<td class=\"num\">").append(Html.esc(text)).append("</td>");
    }

    static int modelIndex(List<ModelConfig> models, String name) {
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    void profilesAndRisks(Report report) {
        h.append("<section id=\"profiles\"><h2>Model profiles and risks</h2><div class=\"side\"><div>")
                .append("<h3>Profiles</h3><table><thead><tr><th></th>");
        for (ModelConfig m : report.candidates()) {
            h.append("<th>").append(Html.esc(m.displayName())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : ReportText.profileRows(report.candidates())) {
            h.append("<tr><th>").append(Html.esc(row.get(0))).append("</th>");
            for (String v : row.subList(1, row.size())) {
                h.append("<td>").append(Html.esc(v)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div><div><h3>Risk matrix</h3>");
        List<ReportText.ModelRisk> risks = ReportText.risks(report.candidates());
        if (risks.isEmpty()) {
            h.append("<p class=\"muted\">No risks recorded in the model profiles.</p>");
        } else {
            matrix(risks);
            h.append("<h3>Risk register</h3><table><thead><tr><th>Model</th><th>Category</th><th>Risk</th>"
                    + "<th>Impact</th><th>Likelihood</th><th>Mitigation</th></tr></thead><tbody>");
            for (ReportText.ModelRisk r : risks) {
                h.append("<tr>");
                for (String v : new String[] {r.model(), r.risk().category(), r.risk().description(),
                        r.risk().impact(), r.risk().likelihood(), r.risk().mitigation()}) {
                    h.append("<td>").append(Html.esc(ReportText.text(v))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</div></div></section>\n");
    }

    /** Impact (rows, high first) against likelihood (columns, low first); each cell lists its risks. */
    private void matrix(List<ReportText.ModelRisk> risks) {
        h.append("<table class=\"matrix\"><thead><tr><th>Impact \\ Likelihood</th><th>Low</th><th>Medium</th>"
                + "<th>High</th></tr></thead><tbody>");
        List<String> likelihoods = List.of("low", "medium", "high");
        for (String impact : ReportText.LEVELS) {
            h.append("<tr><th>").append(capital(impact)).append("</th>");
            for (String likelihood : likelihoods) {
                String severity = severity(impact, likelihood);
                h.append("<td class=\"").append(severity).append("\">");
                for (ReportText.ModelRisk r : risks) {
                    if (ReportText.level(r.risk().impact()).equals(impact)
                            && ReportText.level(r.risk().likelihood()).equals(likelihood)) {
                        h.append("<div>").append(Html.esc(r.model())).append(": ")
                                .append(Html.esc(ReportText.text(r.risk().category()))).append("</div>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        long unplaced = risks.stream().filter(r -> ReportText.level(r.risk().impact()).equals("other")
                || ReportText.level(r.risk().likelihood()).equals("other")).count();
        if (unplaced > 0) {
            h.append("<p class=\"muted\">").append(unplaced)
                    .append(" risk(s) without a high/medium/low impact and likelihood are listed only in the register.</p>");
        }
    }

    static String severity(String impact, String likelihood) {
        int score = rank(impact) + rank(likelihood);
        return score >= 5 ? "high" : score >= 4 ? "medium" : "low";
    }

    private static int rank(String level) {
        return switch (level) {
            case "high" -> 3;
            case "medium" -> 2;
            default -> 1;
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
