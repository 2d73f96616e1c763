package io.sidebench.gui.report;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.export.ExportFormats;
import io.sidebench.logic.export.Exporter;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Exports a run in one of the report formats (CSV, JSONL, XLSX, HTML, PDF, Markdown) through the task
 * executor. The file is written to a temporary sibling and moved into place, so a failed export leaves no
 * half-written file behind.
 */
public final class ReportViewModel {
    /** The formats offered, in button order (names of {@link ExportFormats}). */
    public static final List<String> FORMATS = ExportFormats.NAMES;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>(this, "run");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Path> lastWritten = new SimpleObjectProperty<>(this, "lastWritten");
    private final BooleanProperty allAnswers = new SimpleBooleanProperty(this, "allAnswers");
    private final FileOpener opener;

    public ReportViewModel(ProjectStore store, TaskExecutor executor, Messages messages, Clock clock) {
        this(store, executor, messages, clock, FileOpener.system());
    }

    /** @param opener opens a written file or shows it in its folder (a recording stub in tests) */
    public ReportViewModel(ProjectStore store, TaskExecutor executor, Messages messages, Clock clock,
                           FileOpener opener) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        this.opener = opener;
    }

    /** Reads the runs; keeps the selected run or selects the newest. */
    public void load() {
        executor.submit("report-runs", () -> store.runs().list(), list -> {
            Run keep = run.get();
            List<Run> sorted = list; // newest first, as the store lists runs
            runs.setAll(sorted);
            run.set(keep == null ? (sorted.isEmpty() ? null : sorted.get(0))
                    : sorted.stream().filter(r -> r.id() == keep.id()).findFirst().orElse(sorted.isEmpty() ? null : sorted.get(0)));
        }, this::fail);
    }

    /** Writes the selected run as {@code format} to {@code target}; the outcome appears in {@link #statusProperty()}. */
    public void export(String format, Path target) {
        Run chosen = run.get();
        if (chosen == null || busy.get()) {
            return;
        }
        Exporter exporter = ExportFormats.create(format, true, ChartTheme.light(), allAnswers.get());
        busy.set(true);
        failed.set(false);
        lastWritten.set(null);
        status.set(messages.format("report.writing", format.toUpperCase(java.util.Locale.ROOT)));
        executor.submit("report-export", () -> {
            Report report = new ReportBuilder(store, clock).build(chosen);
            Path file = target.toAbsolutePath();
            Path temp = Files.createTempFile(file.getParent(), ".sidebench-export", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    exporter.write(report, out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return file;
        }, file -> {
            busy.set(false);
            lastWritten.set(file);
            status.set(messages.format("report.written", file.getFileName(), file.getParent()));
        }, this::fail);
    }

    /** Opens the file just written with its application (off the UI thread). */
    public void openLast() {
        handOver(opener::open, "report.opened");
    }

    /** Shows the file just written in its folder. */
    public void showLastInFolder() {
        handOver(opener::showInFolder, "report.shownInFolder");
    }

    private interface Action {
        void run(Path file) throws Exception;
    }

    private void handOver(Action action, String done) {
        Path file = lastWritten.get();
        if (file == null) {
            return;
        }
        executor.submit("report-open", () -> {
            action.run(file);
            return file;
        }, f -> {
            failed.set(false);
            status.set(messages.format(done, f.getFileName(), f.getParent()));
        }, this::fail);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        failed.set(true);
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    public ObjectProperty<Run> runProperty() {
        return run;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** HTML: every prompt with all its answers side by side, not only the chosen examples. */
    public BooleanProperty allAnswersProperty() {
        return allAnswers;
    }

    public ObjectProperty<Path> lastWrittenProperty() {
        return lastWritten;
    }
}
