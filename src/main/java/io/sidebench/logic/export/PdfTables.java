package io.sidebench.logic.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.sidebench.logic.charts.AppColors;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.RubricDimension;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Tables of the PDF report. */
final class PdfTables {
    private static final Color HEAD = AppColors.LIGHT_PLOT;
    private final PdfFonts fonts;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable summary(Report report) {
        var o = report.objectives();
        PdfPTable t = new PdfPTable(new float[] {1, 5});
        t.setWidthPercentage(100);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Evaluation", o.title()});
        rows.add(new String[] {"Goal", o.goal()});
        rows.add(new String[] {"Success criteria", o.successCriteria()});
        if (!o.rubric().isEmpty()) {
            StringBuilder rubric = new StringBuilder();
            for (RubricDimension d : o.rubric()) {
                rubric.append(rubric.length() == 0 ? "" : "; ").append(d.name()).append(" (").append(d.min())
                        .append("–").append(d.max()).append(")");
            }
            rows.add(new String[] {"Rubric", rubric.toString()});
        }
        rows.add(new String[] {"Headline score", report.primaryScore() == null ? "none yet" : report.primaryScore()});
        for (String[] r : rows) {
            if (r[1] != null && !r[1].isBlank()) {
                t.addCell(cell(r[0], true, HEAD));
                t.addCell(cell(r[1], false, null));
            }
        }
        return t;
    }

    PdfPTable leaderboard(Report report) {
        List<String> headers = new ArrayList<>(List.of("#", "Model", "Answers", "Failed"));
        headers.addAll(report.scorers());
        List<HumanColumns> human = report.humanColumns();
        human.forEach(c -> headers.add(c.label()));
        headers.addAll(List.of(report.speed().title("TTFT (ms)"), report.speed().title("Tokens/s"), "Cost / 1,000"));
        float[] widths = new float[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 0.5f : i == 1 ? 3.2f : i < 4 ? 1.4f : i == widths.length - 1 ? 1.5f : 2.3f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        headers.forEach(h -> t.addCell(cell(h, true, HEAD)));
        List<LeaderboardRow> board = report.leaderboard();
        for (int i = 0; i < board.size(); i++) {
            LeaderboardRow row = board.get(i);
            Color colour = row.baseline() ? AppColors.LIGHT_MUTED : AppColors.LIGHT_TEXT;
            t.addCell(cell(report.rankLabel(i), false, null, colour));
            t.addCell(cell(row.label(), false, null, colour));
            t.addCell(cell(Integer.toString(row.answers()), false, null, colour));
            t.addCell(cell(Integer.toString(row.errors()), false, null, colour));
            for (String s : report.scorers()) {
                t.addCell(cell(twoLines(row.score(s), 3), false, null, colour));
            }
            for (HumanColumns c : human) {
                t.addCell(cell(twoLines(row.human(c.key()), c.decimals()), false, null, colour));
            }
            t.addCell(cell(twoLines(row.ttftMs(), 0), false, null, colour));
            t.addCell(cell(twoLines(row.tokensPerSecond(), 1), false, null, colour));
            t.addCell(cell(ReportText.money(row.costPer1000()), false, null, colour));
        }
        return t;
    }

    /** Profiles on the left, the risk register on the right, as analysts present them. */
    PdfPTable profilesAndRisks(Report report) {
        List<ModelConfig> models = report.candidates();
        // side by side while both fit on a landscape page; one above the other for many models
        boolean sideBySide = models.size() <= 4;
        PdfPTable outer = new PdfPTable(sideBySide ? 2 : 1);
        outer.setWidthPercentage(100);
        PdfPTable profiles = new PdfPTable(models.size() + 1);
        profiles.addCell(cell("Profile", true, HEAD));
        models.forEach(m -> profiles.addCell(cell(m.displayName(), true, HEAD)));
        for (List<String> row : ReportText.profileRows(models)) {
            profiles.addCell(cell(row.get(0), true, HEAD));
            row.subList(1, row.size()).forEach(v -> profiles.addCell(cell(v, false, null)));
        }
        PdfPTable risks = new PdfPTable(new float[] {2, 2, 4, 1.9f, 1.9f, 4});
        for (String h : new String[] {"Model", "Category", "Risk", "Impact", "Likelihood", "Mitigation"}) {
            risks.addCell(cell(h, true, HEAD));
        }
        List<ReportText.ModelRisk> register = ReportText.risks(models);
        for (ReportText.ModelRisk r : register) {
            String severity = HtmlTables.severity(ReportText.level(r.risk().impact()),
                    ReportText.level(r.risk().likelihood()));
            Color shade = switch (severity) {
                case "high" -> new Color(0xFDE2E2);
                case "medium" -> new Color(0xFEF3C7);
                default -> new Color(0xE7F5EC);
            };
            risks.addCell(cell(r.model(), false, null));
            risks.addCell(cell(ReportText.text(r.risk().category()), false, null));
            risks.addCell(cell(ReportText.text(r.risk().description()), false, null));
            risks.addCell(cell(ReportText.text(r.risk().impact()), false, shade));
            risks.addCell(cell(ReportText.text(r.risk().likelihood()), false, shade));
            risks.addCell(cell(ReportText.text(r.risk().mitigation()), false, null));
        }
        if (register.isEmpty()) {
            PdfPCell none = cell("No risks recorded in the model profiles.", false, null);
            none.setColspan(6);
            risks.addCell(none);
        }
        PdfPCell left = new PdfPCell(profiles);
        left.setBorder(0);
        left.setPaddingRight(sideBySide ? 8 : 0);
        left.setPaddingBottom(sideBySide ? 0 : 12);
        PdfPCell right = new PdfPCell(risks);
        right.setBorder(0);
        outer.addCell(left);
        outer.addCell(right);
        return outer;
    }

    /** The mean, and its interval on a second line. */
    static String twoLines(Interval i, int decimals) {
        String mean = ReportText.num(i.mean(), decimals);
        return i.n() > 1 && Double.isFinite(i.low()) ? mean + "\n[" + ReportText.num(i.low(), decimals) + ", "
                + ReportText.num(i.high(), decimals) + "]" : mean;
    }

    private PdfPCell cell(String text, boolean bold, Color background) {
        return cell(text, bold, background, AppColors.LIGHT_TEXT);
    }

    private PdfPCell cell(String text, boolean bold, Color background, Color colour) {
        PdfPCell c = new PdfPCell(fonts.phrase(text, 8, bold ? Font.BOLD : Font.NORMAL, colour));
        c.setPadding(3);
        c.setBorderColor(AppColors.LIGHT_GRID);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
