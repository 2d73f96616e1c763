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

    private static String export(Report report, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
