package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.export.ReportFixtureAccess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void allAnswersPutsEveryAnswerIntoTheHtml() throws Exception {
        Path project = ReportFixtureAccess.create(dir.resolve("all.sidebench"));
        Path plain = dir.resolve("plain.html");
        Path all = dir.resolve("all.html");
        assertThat(run("export", project.toString(), "--format", "html", "--out", plain.toString()).code()).isZero();
        Result r = run("export", project.toString(), "--format", "html", "--all-answers", "--out", all.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(plain)).doesNotContain("<section id=\"answers\">");
        String html = Files.readString(all);
        assertThat(html).contains("<section id=\"answers\"><h2>All answers</h2>").doesNotContain("<script");
        String section = html.substring(html.indexOf("<section id=\"answers\">"));
        assertThat(section.split("<div class=\"answer\">", -1)).hasSize(20 + 1);
    }

    @Test
    void exportsEachFormatAndTheCharts() throws Exception {
        Path project = ReportFixtureAccess.create(dir.resolve("p.sidebench"));
        for (String format : new String[] {"csv", "jsonl", "md", "html"}) {
            Path out = dir.resolve("out." + format);
            Result r = run("export", project.toString(), "--run", "baseline run", "--format", format, "--out",
                    out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Wrote " + format);
            assertThat(Files.size(out)).isPositive();
            assertThat(dir.resolve("out." + format + ".part")).doesNotExist();
        }
        Path bom = dir.resolve("bom.csv");
        assertThat(run("export", project.toString(), "--format", "csv", "--bom", "--out", bom.toString()).code()).isZero();
        assertThat(Files.readAllBytes(bom)).startsWith(0xEF, 0xBB, 0xBF);

        Path charts = dir.resolve("charts");
        Result r = run("export", project.toString(), "--run", "1", "--charts", charts.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(charts)) {
            var names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).contains("ttft-box.png", "ttft-box.svg", "quality-vs-cost.png", "quality-vs-cost.svg",
                    "win-rate.svg", "latency-cdf.png", "bradley-terry.png");
            assertThat(names.stream().filter(n -> n.endsWith(".png"))).hasSameSizeAs(
                    names.stream().filter(n -> n.endsWith(".svg")).toList());
        }
    }

    @Test
    void mistakesGiveOneLineErrors() throws Exception {
        Path project = ReportFixtureAccess.create(dir.resolve("p.sidebench"));
        Result unknown = run("export", project.toString(), "--format", "docx", "--out", dir.resolve("x").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("unknown export format 'docx'");
        Result noRun = run("export", project.toString(), "--run", "nope", "--format", "csv", "--out",
                dir.resolve("x").toString());
        assertThat(noRun.code()).isEqualTo(1);
        assertThat(noRun.err()).contains("no run named 'nope'");
        Result both = run("export", project.toString(), "--format", "csv", "--out", "x", "--charts", "d");
        assertThat(both.code()).isEqualTo(2);
        Result noFolder = run("export", project.toString(), "--format", "csv", "--out",
                dir.resolve("missing/x.csv").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
    }
}
