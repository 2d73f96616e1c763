package io.sidebench.gui.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.cli.SidebenchCli;
import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.Theme;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.export.LeaderboardRow;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.stats.Leaderboard;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.stats.StatsService;
import io.sidebench.logic.store.ProjectStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 8: the GUI leaderboard, {@code stats}, the reports and the slides give a run the same ranks. */
class RanksAgreeTest {
    @TempDir
    Path dir;

    @Test
    void guiCliAndReportsShowTheSameRanks() throws Exception {
        Path file = dir.resolve("ranks.sidebench");
        Map<String, String> gui = new LinkedHashMap<>();
        Map<String, String> report = new LinkedHashMap<>();
        Map<String, String> stats = new LinkedHashMap<>();
        long runId;
        try (ProjectStore store = DemoProject.seed(file, 12, 4)) {
            runId = store.runs().list().get(0).id();
            AnalyseViewModel vm = new AnalyseViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT));
            vm.load();
            for (int i = 0; i < vm.leaderboard().size(); i++) {
                gui.put(vm.leaderboard().get(i).model(), vm.ranks().get(i));
            }
            Report built = new ReportBuilder(store, Clock.systemUTC()).build(store.runs().get(runId).orElseThrow());
            List<LeaderboardRow> board = built.leaderboard();
            for (int i = 0; i < board.size(); i++) {
                report.put(board.get(i).model(), built.rankLabel(i));
            }
            for (Leaderboard.Row row : StatsService.defaults().compute(RunDataset.load(store, runId), null)
                    .leaderboard()) {
                stats.put(row.model().replace(" (baseline)", ""), String.valueOf(row.rank()));
            }
        }
        // overlapping neighbours share a rank: the ranks are not the plain positions 1, 2, 3, 4
        assertThat(gui.values()).hasSize(4).isNotEqualTo(List.of("1", "2", "3", "4")).contains("1");
        assertThat(List.copyOf(gui.values())).isNotEqualTo(List.of("1", "2", "3", "4"));
        assertThat(gui).isEqualTo(report).isEqualTo(stats);

        // what the CLI prints and what the Markdown report writes
        StringWriter out = new StringWriter();
        int code = SidebenchCli.run(new String[] {"stats", file.toString(), "--run", String.valueOf(runId)},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as(out.toString()).isZero();
        Map<String, String> printed = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\S+)(?: \\(baseline\\))?\\s+\\d+\\s").matcher(out.toString());
        while (line.find() && printed.size() < 4) {
            printed.put(line.group(2), line.group(1));
        }
        assertThat(printed).isEqualTo(gui);
        Path md = dir.resolve("r.md");
        code = SidebenchCli.run(new String[] {"export", file.toString(), "--run", String.valueOf(runId), "--format",
            "md", "--out", md.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        String text = Files.readString(md);
        gui.forEach((model, rank) -> assertThat(text).containsPattern("\\| " + rank + " \\| " + model + "( \\(baseline\\))? \\|"));
    }
}
