package io.sidebench.cli;

import io.sidebench.logic.charts.ChartExporter;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.export.ExportFormats;
import io.sidebench.logic.export.Exporter;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.export.ReportCharts;
import io.sidebench.logic.results.ResultsQuery;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a run's results or report, or its charts as PNG and SVG.",
            "Formats: csv, jsonl (one line per completion), xlsx (results, leaderboard, speed, annotations, charts),",
            "html (self-contained report), pdf (report), md (summary)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--run", paramLabel = "R", description = "run id or name (default: the latest run)")
    String run;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @ArgGroup(exclusive = false)
        FileTarget file;

        @Option(names = "--charts", paramLabel = "DIR", required = true,
                description = "write every chart as PNG and SVG into this folder")
        Path charts;
    }

    static final class FileTarget {
        @Option(names = "--format", paramLabel = "F", required = true,
                description = "csv, jsonl, xlsx, html, pdf, md, llm-comparator or mt-bench")
        String format;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
        Path out;

        @Option(names = "--bom", description = "CSV: start with a UTF-8 byte-order mark (for Excel)")
        boolean bom;

        @Option(names = "--all-answers", description = "HTML: every prompt with all models' answers side by side "
                + "(reference, scores, annotations), not only the chosen examples")
        boolean allAnswers;
    }

    @Option(names = "--theme", paramLabel = "T", defaultValue = "light",
            description = "chart theme: light or dark (default: ${DEFAULT-VALUE})")
    String theme;

    @Override
    public Integer call() throws IOException {
        ChartTheme chartTheme = switch (theme.toLowerCase(java.util.Locale.ROOT)) {
            case "light" -> ChartTheme.light();
            case "dark" -> ChartTheme.dark();
            default -> throw new CliException("unknown theme '" + theme + "' (expected light or dark)");
        };
        // the report reads its rows from the project while it is written: keep the project open until then
        try (ProjectStore store = ProjectStores.open(project)) {
            var found = new ResultsQuery(store).resolveRun(run);
            Report report = new ReportBuilder(store, Clock.systemUTC()).build(found);
            return write(report, chartTheme, id -> store.completions().get(id)
                    .map(io.sidebench.model.Completion::turnAnswers).orElse(java.util.List.of()));
        }
    }

    private int write(Report report, ChartTheme chartTheme, io.sidebench.logic.export.TurnAnswers turns)
            throws IOException {
        var out = spec.commandLine().getOut();
        if (target.charts != null) {
            Files.createDirectories(target.charts);
            Map<String, JFreeChart> charts = new ReportCharts(chartTheme).build(report);
            ChartExporter exporter = new ChartExporter();
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                exporter.writePng(e.getValue(), target.charts.resolve(e.getKey() + ".png"));
                exporter.writeSvg(e.getValue(), target.charts.resolve(e.getKey() + ".svg"));
            }
            out.println("Wrote " + charts.size() + " charts (PNG and SVG) to " + target.charts
                    + (charts.isEmpty() ? " (the run has no timings or scores yet)" : ""));
            return 0;
        }
        FileTarget file = target.file;
        Exporter exporter = ExportFormats.create(file.format, file.bom, chartTheme, file.allAnswers, turns);
        Path destination = file.out.toAbsolutePath();
        Path parent = destination.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException(file.out + ": folder " + parent + " does not exist");
        }
        Path partial = destination.resolveSibling(destination.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(partial)) {
            exporter.write(report, new java.io.BufferedOutputStream(stream, 1 << 16));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("Wrote " + exporter.format() + " export of " + report.runLabel() + " (" + report.rows().size()
                + " answers) to " + file.out);
        return 0;
    }
}
