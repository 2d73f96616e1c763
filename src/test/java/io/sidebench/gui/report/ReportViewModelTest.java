package io.sidebench.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportsEveryFormatAndSaysWhere() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("r.sidebench"), 8, 3)) {
            ReportViewModel vm = new ReportViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
            vm.load();
            assertThat(vm.runProperty().get()).isNotNull();
            for (String format : ReportViewModel.FORMATS) {
                Path target = dir.resolve("out." + format);
                vm.export(format, target);
                assertThat(vm.failedProperty().get()).as(vm.statusProperty().get()).isFalse();
                assertThat(vm.statusProperty().get()).isEqualTo("Wrote out." + format + " to " + dir.toAbsolutePath());
                assertThat(Files.size(target)).as(format).isGreaterThan(100);
                assertThat(vm.busyProperty().get()).isFalse();
            }
            assertThat(Files.readString(dir.resolve("out.md"))).contains("qwen2.5-7b");
            assertThat(Files.readAllBytes(dir.resolve("out.pdf"))).startsWith("%PDF".getBytes());
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    @Test
    void aFailedExportIsShownInPlaceAndLeavesNoFile() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("f.sidebench"), 4, 2)) {
            ReportViewModel vm = new ReportViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    Clock.systemUTC());
            vm.load();
            Path missingFolder = dir.resolve("no-such-folder").resolve("out.csv");
            vm.export("csv", missingFolder);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).startsWith("Error: ").doesNotContain("\n");
            assertThat(missingFolder).doesNotExist();
        }
    }

    /** Records what would have been opened. */
    private static final class RecordingOpener implements FileOpener {
        final java.util.List<String> calls = new java.util.ArrayList<>();
        boolean fail;

        @Override
        public void open(Path file) throws java.io.IOException {
            if (fail) {
                throw new java.io.IOException("no application for .html files");
            }
            calls.add("open " + file.getFileName());
        }

        @Override
        public void showInFolder(Path file) {
            calls.add("folder " + file.getFileName());
        }
    }

    @Test
    void opensOrShowsTheWrittenFileThroughTheInjectedOpener() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("o.sidebench"), 4, 2)) {
            RecordingOpener opener = new RecordingOpener();
            ReportViewModel vm = new ReportViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    Clock.systemUTC(), opener);
            vm.load();
            vm.openLast();
            assertThat(opener.calls).as("nothing written yet").isEmpty();
            Path target = dir.resolve("report.html");
            vm.export("html", target);
            assertThat(vm.lastWrittenProperty().get()).isEqualTo(target.toAbsolutePath());
            vm.openLast();
            vm.showLastInFolder();
            assertThat(opener.calls).containsExactly("open report.html", "folder report.html");
            assertThat(vm.statusProperty().get()).isEqualTo("Showed report.html in " + dir.toAbsolutePath());
            opener.fail = true;
            vm.openLast();
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).startsWith("Error: ").contains("no application");
            // a failed export forgets the earlier file: Open never opens a stale one
            vm.export("csv", dir.resolve("missing").resolve("x.csv"));
            assertThat(vm.lastWrittenProperty().get()).isNull();
        }
    }

    @Test
    void theAllAnswersOptionReachesTheHtml() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("a.sidebench"), 4, 2)) {
            ReportViewModel vm = new ReportViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    Clock.systemUTC(), new RecordingOpener());
            vm.load();
            vm.export("html", dir.resolve("plain.html"));
            vm.allAnswersProperty().set(true);
            vm.export("html", dir.resolve("all.html"));
            assertThat(Files.readString(dir.resolve("plain.html"))).doesNotContain("<section id=\"answers\">");
            assertThat(Files.readString(dir.resolve("all.html"))).contains("<section id=\"answers\"><h2>All answers");
        }
    }
}
