package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.charts.ModelSample;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.results.RunRows;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of 1,500 prompts × 3 models (4,500 answers of ~600 characters, more than several pages of
 * {@link RunRows}): the report reads its rows page by page, and every format writes in small pieces,
 * never as one document-sized string.
 */
class ReportStreamingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private static final int PROMPTS = 1_500;
    private static final int MODELS = 3;

    @TempDir
    static Path dir;
    static ProjectStore store;
    static Report report;

    @BeforeAll
    static void buildReport() throws Exception {
        store = ProjectStore.create(dir.resolve("large.sidebench"), "Large run");
        Random random = new Random(7);
        var set = store.promptSets().importSet("large", "generated", "generated", sink -> {
            for (int i = 0; i < PROMPTS; i++) {
                sink.add(new Prompt(0, "q" + i, 0, null, List.of(new Turn("Question " + i + " <b>bold</b>?",
                        "Reference " + i)), "category " + (i % 5), Map.of(), List.of()));
            }
        });
        List<Long> ids = new ArrayList<>();
        for (int m = 0; m < MODELS; m++) {
            ids.add(store.models().add(new ModelConfig(0, "model-" + m, ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", "m" + m, null, null, ModelParams.DEFAULTS, null)).id());
        }
        Run run = store.runs().create(new Run(0, "large", set.id(), ids, 1, 1, RunStatus.FINISHED,
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T11:00:00Z")));
        List<Prompt> prompts = store.promptSets().prompts(set.id());
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ".repeat(8);
        store.inTransaction(c -> {
            List<Score> scores = new ArrayList<>();
            for (Prompt p : prompts) {
                for (long modelId : ids) {
                    double ttft = 100 + random.nextInt(400);
                    double e2e = ttft + 2000 + random.nextInt(3000);
                    Metrics metrics = new Metrics(ttft, ttft, e2e, 30, 120, false, (e2e - ttft) / 119, 20.0, 45.0,
                            120 / (e2e / 1000), 600 / (e2e / 1000), 0.0004);
                    boolean failed = random.nextInt(50) == 0;
                    Completion saved = store.completions().save(new Completion(0, new CellKey(run.id(), p.id(),
                            modelId, 0), failed ? CompletionStatus.ERROR : CompletionStatus.OK, failed ? "" : words
                            + p.key(), List.of(words), null, failed ? "HTTP 503" : null, failed ? Metrics.NONE
                            : metrics, List.of(), false, 1, Instant.parse("2026-11-01T10:30:00Z")));
                    scores.add(new Score(saved.id(), "rougeL", random.nextDouble(), null, "h"));
                    if (p.ordinal() % 300 == 0) {
                        store.annotations().save(new Annotation(saved.id(), "alice",
                                Map.of("accuracy", (double) (1 + random.nextInt(5))), List.of(), "ok", null));
                    }
                }
            }
            store.scores().saveAll(scores);
            return null;
        });
        report = new ReportBuilder(store, CLOCK).build(run);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void rowsAreReadPageByPageInReportOrderAndNotKept() {
        assertThat(report.rows()).isInstanceOf(RunRows.class);
        assertThat(PROMPTS).isGreaterThan(2 * RunRows.PAGE_PROMPTS);
        List<ResultRow> first = report.rows().toList();
        List<ResultRow> again = report.rows().toList();
        assertThat(first).hasSize(PROMPTS * MODELS).isEqualTo(again);
        assertThat(first.get(0)).isNotSameAs(again.get(0));
        for (int i = 1; i < first.size(); i++) {
            ResultRow a = first.get(i - 1);
            ResultRow b = first.get(i);
            assertThat(a.promptOrdinal() < b.promptOrdinal()
                    || (a.promptOrdinal() == b.promptOrdinal() && a.modelId() < b.modelId())).as("row %d", i).isTrue();
        }
        assertThat(report.rowCount()).isEqualTo(first.size());
        assertThat(report.okCount()).isEqualTo(first.stream().filter(ResultRow::isOk).count());
        assertThat(report.summary().categories()).hasSize(5);
        assertThat(report.summary().annotated()).hasSize(5 * MODELS);
    }

    @Test
    void htmlAndMarkdownAreWrittenInSmallPieces() throws Exception {
        CountingWriter html = new CountingWriter();
        new HtmlReportExporter(ChartTheme.light()).write(report, html);
        // the largest piece is one chart's SVG element (the latency CDF), not the document
        assertThat(html.largest).isLessThan(1_000_000).isLessThan((int) (html.total * 3 / 4));
        assertThat(html.text().toString()).contains("</html>").contains("Question 0 &lt;b&gt;bold&lt;/b&gt;?");
        CountingWriter md = new CountingWriter();
        new MarkdownExporter().write(report, md);
        assertThat(md.largest).isLessThan(2_000);
        assertThat(md.total).isGreaterThan(4L * md.largest);
    }

    @Test
    void allAnswersSideBySideAreStreamedToo() throws Exception {
        CountingWriter html = new CountingWriter();
        new HtmlReportExporter(ChartTheme.light(), true).write(report, html);
        String text = html.text().toString();
        assertThat(html.largest).isLessThan(1_000_000).isLessThan((int) (html.total / 4));
        assertThat(text).contains("<section id=\"answers\">").contains("</html>").doesNotContain("<script");
        // every prompt once, with all its answers, in report order
        assertThat(count(text, "<details class=\"prompt-answers\"")).isEqualTo(PROMPTS);
        assertThat(count(text, "<div class=\"side-by-side\">")).isEqualTo(PROMPTS);
        assertThat(text.indexOf("Question 1499 &lt;b&gt;bold")).isGreaterThan(text.indexOf("Question 0 &lt;b&gt;bold"));
        assertThat(text).contains("Reference 1499").contains("alice: accuracy=");
        int answers = count(text.substring(text.indexOf("<section id=\"answers\">")), "<div class=\"answer\">");
        assertThat(answers).isEqualTo(PROMPTS * MODELS);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void flatFormatsWriteRowByRow() throws Exception {
        for (String format : List.of("csv", "jsonl")) {
            CountingStream out = new CountingStream();
            ExportFormats.create(format, false, ChartTheme.light()).write(report, out);
            assertThat(out.total).as(format).isGreaterThan(2_500_000);
            assertThat(out.largest).as(format).isLessThanOrEqualTo(1 << 16);
        }
    }

    @Test
    void latencyCdfKeepsAFewHundredPointsPerModelWithinOneStep() {
        List<ModelConfig> models = report.models();
        List<ModelSample> samples = ReportCharts.cdfSamples(models, report.summary());
        assertThat(samples).hasSize(MODELS);
        for (int m = 0; m < MODELS; m++) {
            double[] all = report.summary().model(models.get(m).id()).e2e.toArray();
            Arrays.sort(all);
            List<Double> kept = samples.get(m).values();
            assertThat(all.length).isGreaterThan(ReportCharts.CDF_POINTS);
            assertThat(kept).hasSize(ReportCharts.CDF_POINTS).isSorted();
            assertThat(kept.get(kept.size() - 1)).isEqualTo(all[all.length - 1]);
            for (int j = 0; j < kept.size(); j++) {
                // share of all answers within the kept value vs. the step the kept points draw there
                double x = kept.get(j);
                long within = Arrays.stream(all).filter(v -> v <= x).count();
                double full = (double) within / all.length;
                long drawnWithin = kept.stream().filter(v -> v <= x).count();
                assertThat(Math.abs(full - (double) drawnWithin / kept.size())).isLessThanOrEqualTo(
                        1.0 / ReportCharts.CDF_POINTS + 1e-12);
            }
        }
    }

    @Test
    void theQueryListAndTheCursorAgree() {
        List<ResultRow> listed = new ResultsQuery(store).rows(report.run().id());
        assertThat(listed).isEqualTo(report.rows().toList());
    }

    /** Remembers the largest single write; keeps the text only to check it. */
    private static final class CountingWriter extends Writer {
        final StringBuilder text = new StringBuilder();
        long total;
        int largest;

        @Override
        public void write(char[] buf, int off, int len) {
            total += len;
            largest = Math.max(largest, len);
            text.append(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            total += len;
            largest = Math.max(largest, len);
            text.append(s, off, off + len);
        }

        StringBuilder text() {
            return text;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class CountingStream extends OutputStream {
        long total;
        int largest;

        @Override
        public void write(int b) {
            total++;
            largest = Math.max(largest, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            total += len;
            largest = Math.max(largest, len);
        }
    }
}
