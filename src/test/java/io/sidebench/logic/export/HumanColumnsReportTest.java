package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.stats.HumanRatingsFixture;
import io.sidebench.testsupport.ScoringProjectFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's human columns are per rubric dimension, each on its own scale. Before, one "Human rating"
 * column averaged the raw values of every dimension (1–5, 1–4 and 0/1 in one mean); this test fails on
 * that output (the header is gone and the per-dimension figures are hand-computed).
 */
class HumanColumnsReportTest {
    @TempDir
    Path dir;

    @Test
    void reportShowsOneHumanColumnPerDimensionAndTheWeightedOverall() throws Exception {
        ScoringProjectFixture fx = HumanRatingsFixture.ratedProject(dir);
        Report report = new ReportBuilder(fx.store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build(fx.run);

        assertThat(report.humanColumns()).extracting(HumanColumns::label).containsExactly("correctness (1–5)",
                "tone (1–4)", "safety (pass rate)", "clarity", "Overall human (0–1, weighted)");
        LeaderboardRow good = report.leaderboard().stream().filter(r -> r.model().equals("m-good")).findFirst()
                .orElseThrow();
        assertThat(good.human("correctness").mean()).isEqualTo(4.0);
        assertThat(good.human("tone").mean()).isEqualTo(3.0);
        assertThat(good.human("safety").mean()).isEqualTo(0.75);
        assertThat(good.human("safety").low()).isBetween(0.3006, 0.3007); // Wilson, see HumanRatingsTest
        assertThat(good.human("human:overall").mean()).isEqualTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
        LeaderboardRow fast = report.leaderboard().stream().filter(r -> r.model().equals("m-fast")).findFirst()
                .orElseThrow();
        assertThat(fast.human("correctness").mean()).isEqualTo(2.0);
        assertThat(fast.human("correctness").n()).isEqualTo(3);

        String md = export(report, "md");
        assertThat(md).doesNotContain("Human rating");
        assertThat(md).contains("| correctness (1–5) | tone (1–4) | safety (pass rate) | clarity "
                + "| Overall human (0–1, weighted) | Cost / 1,000 answers |");
        assertThat(md).contains("| 4.00 [");
        assertThat(md).contains("| 0.75 [0.30, 0.95] |");
        String html = export(report, "html");
        assertThat(html).doesNotContain("Human rating").contains("<th>safety (pass rate)</th>");
    }

    @Test
    void htmlPdfXlsxAndMarkdownShowHumanResultsPerDimensionAgreementAndJudgeAgreement() throws Exception {
        ScoringProjectFixture fx = HumanRatingsFixture.ratedProject(dir);
        var completions = fx.store.completions().forRun(fx.run.id(), false);
        java.util.List<io.sidebench.model.Score> scores = new java.util.ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
            scores.add(new io.sidebench.model.Score(completions.get(i).id(), "judge:gpt", 10.0 - i, null, "h"));
        }
        fx.store.scores().saveAll(scores);
        Report report = new ReportBuilder(fx.store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build(fx.run);
        assertThat(report.judgment()).isNotNull();

        String html = export(report, "html");
        assertThat(html).contains("<section id=\"human\"><h2>Human judgment</h2>")
                .contains("<a href=\"#human\">Human judgment</a>")
                .contains("<td>safety</td><td>pass/fail</td><td>m-good</td><td class=\"num\">4</td>"
                        + "<td class=\"num\">pass rate 0.75</td><td class=\"num\">[0.30, 0.95]</td>")
                .contains("<td>Overall human score</td><td>0–1, weighted</td>")
                .contains("Krippendorff&#39;s α").contains("Landis–Koch")
                .contains("<td>judge:gpt</td><td>correctness</td>")
                .contains("<h3>Answers the annotators disagree on most</h3>")
                .contains("<td>p0</td><td>m-fast</td><td>safety</td><td class=\"num\">1.00</td>");
        String md = export(report, "md");
        assertThat(md).contains("## Human judgment").contains("| correctness | 1–5 | m-good | 4 | mean 4.00 |")
                .contains("| correctness | ordinal | 1 | 2 |");
        byte[] pdf = exportBytes(report, "pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Human judgment").contains("pass rate 0.75").contains("Krippendorff's α")
                    .contains("Spearman ρ");
        }
        byte[] xlsx = exportBytes(report, "xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("Human judgment");
            assertThat(sheet).isNotNull();
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('|')));
            assertThat(all).contains("safety|pass/fail|m-good|4|pass rate 0.75|[0.30, 0.95]|")
                    .contains("Krippendorff's α");
        }
        if (Boolean.getBoolean("sidebench.keepReports")) {
            java.nio.file.Files.writeString(Path.of("/tmp/j/human.html"), html);
            java.nio.file.Files.write(Path.of("/tmp/j/human.pdf"), pdf);
        }
    }

    private static byte[] exportBytes(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toByteArray();
    }

    private static String export(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
