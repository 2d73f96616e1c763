package io.sidebench.gui.datasets;

import io.sidebench.gui.core.CoalescedUpdate;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerColumns;
import io.sidebench.logic.answers.AnswerField;
import io.sidebench.logic.answers.AnswerFormat;
import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.answers.ImportKind;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Import answers…": a file other tools produced, previewed before anything is written. For answers: the format
 * detected (overridable), the first records as they will be stored, an editable column mapping (and, for wide
 * tables, the model columns), the models that will be created or matched, and a check of the whole file (every
 * problem as {@code file:line: reason}); the import runs in the background with progress and makes a new run.
 * For judgments, votes and human ratings: the run they are about and the counts the import would write.
 */
public final class AnswerImportViewModel {
    static final int PREVIEW_ROWS = 20;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AnswerImportService service;
    private final FeedbackImports feedback;
    private final GuiAnswerHints hints;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.ANSWERS);
    private final ObjectProperty<AnswerFormat> format = new SimpleObjectProperty<>(this, "format");
    private final StringProperty setName = new SimpleStringProperty(this, "setName", "");
    private final StringProperty runName = new SimpleStringProperty(this, "runName", "");
    private final BooleanProperty addMissing = new SimpleBooleanProperty(this, "addMissing");
    private final ObjectProperty<Run> targetRun = new SimpleObjectProperty<>(this, "targetRun");
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObservableList<String> sets = FXCollections.observableArrayList();
    private final Map<AnswerField, ObjectProperty<ColumnChoice>> choices = new EnumMap<>(AnswerField.class);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<ModelColumn> modelColumns = FXCollections.observableArrayList();
    private final ObservableList<AnswerPreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty detected = new SimpleStringProperty(this, "detected", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private Consumer<String> onImported = s -> { };
    private boolean resetting;
    private int generation;
    private long expectedAnswers;

    public AnswerImportViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                                 AnswerImportService service) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.service = service;
        this.feedback = new FeedbackImports(store, messages);
        this.hints = new GuiAnswerHints(messages);
        for (AnswerField field : AnswerField.values()) {
            ObjectProperty<ColumnChoice> choice = new SimpleObjectProperty<>(this, field.key(), ColumnChoice.AUTO);
            choice.addListener(o -> changed());
            choices.put(field, choice);
        }
        kind.addListener(o -> changed());
        format.addListener(o -> {
            modelColumns.clear();
            changed();
        });
        setName.addListener(o -> changed());
        addMissing.addListener(o -> changed());
        targetRun.addListener(o -> changed());
    }

    private void changed() {
        if (!resetting) {
            refresh();
        }
    }

    /** Called with the sentence telling what was imported, once an import has been written. */
    public void setOnImported(Consumer<String> listener) {
        this.onImported = listener;
    }

    /** Starts an import of {@code path} answering {@code defaultSet} (or judging the latest run): previews it. */
    public void choose(Path path, String defaultSet) {
        resetting = true;
        try {
            file.set(path);
            format.set(null);
            choices.values().forEach(c -> c.set(ColumnChoice.AUTO));
            modelColumns.clear();
            columns.clear();
            addMissing.set(false);
            runName.set(messages.format("answers.defaultRun", path.getFileName()));
            setName.set(defaultSet == null ? "" : defaultSet);
            preview.clear();
            models.clear();
            problems.clear();
            status.set("");
            failed.set(false);
        } finally {
            resetting = false;
        }
        busy.set(true);
        executor.submit("answer-import-start", () -> new Start(guessKind(path), store.promptSets().list().stream()
                .map(s -> s.name()).toList(), store.runs().list()), start -> {
                    resetting = true;
                    try {
                        sets.setAll(start.sets());
                        if ((setName.get() == null || setName.get().isEmpty()) && start.sets().size() == 1) {
                            setName.set(start.sets().get(0));
                        }
                        List<Run> sorted = new ArrayList<>(start.runs());
                        sorted.sort(Comparator.comparingLong(Run::id).reversed());
                        runs.setAll(sorted);
                        targetRun.set(sorted.isEmpty() ? null : sorted.get(0));
                        kind.set(start.kind());
                    } finally {
                        resetting = false;
                    }
                    refresh();
                }, f -> {
                    busy.set(false);
                    error.set(hints.words(FxTaskExecutor.reason(f)));
                });
    }

    private record Start(ImportKind kind, List<String> sets, List<Run> runs) {
    }

    private static ImportKind guessKind(Path path) {
        try {
            return ImportKind.detect(path);
        } catch (ImportException e) {
            return ImportKind.ANSWERS; // the preview tells what is wrong with the file
        }
    }

    public void cancel() {
        generation++;
        file.set(null);
        preview.clear();
        models.clear();
        problems.clear();
        error.set("");
        summary.set("");
        detected.set("");
        busy.set(false);
    }

    AnswerOptions options() {
        Map<AnswerField, String> explicit = new EnumMap<>(AnswerField.class);
        choices.forEach((field, choice) -> {
            ColumnChoice c = choice.get();
            if (c.kind() != ColumnChoice.Kind.AUTO) {
                explicit.put(field, c.kind() == ColumnChoice.Kind.NONE ? "" : c.column());
            }
        });
        List<String> ticked = modelColumns.stream().filter(m -> m.selectedProperty().get()).map(ModelColumn::name)
                .toList();
        boolean allTicked = ticked.size() == modelColumns.size();
        return AnswerOptions.defaults().withFormat(format.get()).withSet(blankToNull(setName.get()))
                .withRun(blankToNull(runName.get())).withAddMissingPrompts(addMissing.get())
                .withColumns(AnswerColumns.of(explicit))
                .withModelColumns(allTicked ? List.of() : ticked);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The column the usual names (or the other choices) give {@code field} among the file's columns, or null. */
    public String automaticColumn(AnswerField field) {
        return AnswerColumns.usual().column(field, columns);
    }

    /** Previews the file with the current settings and checks all of it (nothing is written). */
    public void refresh() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        int gen = ++generation;
        if (!modelColumns.isEmpty() && modelColumns.stream().noneMatch(m -> m.selectedProperty().get())) {
            busy.set(false);
            preview.clear();
            models.clear();
            summary.set("");
            error.set(messages.get("answers.noModelColumns"));
            return;
        }
        busy.set(true);
        ImportKind k = kind.get();
        Run run = targetRun.get();
        AnswerOptions options = options();
        executor.submit("answer-import-preview", () -> k == ImportKind.ANSWERS ? AnswerPreview.answers(service, store,
                path, options, messages, PREVIEW_ROWS) : AnswerPreview.feedback(feedback, k, path, run, messages),
                p -> {
                    if (gen == generation) {
                        show(p);
                    }
                }, f -> {
                    if (gen == generation) {
                        busy.set(false);
                        error.set(hints.words(FxTaskExecutor.reason(f)));
                    }
                });
    }

    private void show(AnswerPreview p) {
        busy.set(false);
        columns.setAll(p.columns());
        if (p.format() == AnswerFormat.WIDE) {
            List<String> auto = options().columns().wideModelColumns(p.columns());
            List<String> names = modelColumns.stream().map(ModelColumn::name).toList();
            if (!names.equals(auto) && modelColumns.stream().allMatch(m -> m.selectedProperty().get())) {
                modelColumns.setAll(auto.stream().map(n -> column(n)).toList());
            }
        } else {
            modelColumns.clear();
        }
        detected.set(p.format() == null ? "" : messages.format(format.get() == null ? "answers.detected"
                : "answers.chosen", p.format().cliName(), p.format().tool() == null ? "" : " (" + p.format().tool() + ")"));
        preview.setAll(p.rows());
        models.setAll(p.models());
        problems.setAll(p.problems().stream().map(hints::words).toList());
        expectedAnswers = p.answers();
        summary.set(p.summary() == null ? "" : hints.words(p.summary()));
        error.set(p.error() == null ? "" : hints.words(p.error()));
    }

    private ModelColumn column(String name) {
        ModelColumn m = new ModelColumn(name, true);
        m.selectedProperty().addListener(o -> changed());
        return m;
    }

    /** True when the file can be imported as it is set up now. */
    public boolean ready() {
        return file.get() != null && !busy.get() && error.get().isEmpty() && !running.get();
    }

    /** Imports the whole file (all or nothing), in the background with progress. */
    public void importNow() {
        Path path = file.get();
        if (path == null || running.get()) {
            return;
        }
        ImportKind k = kind.get();
        Run run = targetRun.get();
        AnswerOptions options = options();
        running.set(true);
        failed.set(false);
        progress.set(expectedAnswers > 0 ? 0 : -1);
        status.set(messages.format("answers.importing", path.getFileName()));
        AtomicLong read = new AtomicLong();
        CoalescedUpdate tell = new CoalescedUpdate(executor, () -> {
            if (running.get() && expectedAnswers > 0) {
                progress.set(Math.min(1.0, read.get() / (double) expectedAnswers));
                status.set(messages.format("answers.progress", read.get(), expectedAnswers));
            }
        });
        executor.submit("import-answers", () -> {
            if (k != ImportKind.ANSWERS) {
                return feedback.importNow(k, path, run);
            }
            AnswerImportService.Result r = service.importFile(store, path, options, n -> {
                read.set(n);
                tell.request();
            });
            return messages.format("answers.imported", r.answers(), r.models(), r.runName(),
                    messages.get(r.speedFromFile() ? "answers.speedFile" : "answers.speedNone"));
        }, said -> {
            running.set(false);
            progress.set(1);
            status.set(said);
            file.set(null);
            preview.clear();
            onImported.accept(said);
        }, e -> {
            running.set(false);
            failed.set(true);
            progress.set(0);
            problems.setAll(AnswerPreview.problemsOf(e).stream().map(hints::words).toList());
            String first = hints.words(e instanceof AnswerImportException a ? a.problems().get(0).getMessage()
                    : FxTaskExecutor.reason(e));
            long count = e instanceof AnswerImportException a ? a.count() : 1;
            status.set(messages.format("answers.refused", count, first));
            error.set(status.get());
        });
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<AnswerFormat> formatProperty() {
        return format;
    }

    public StringProperty setNameProperty() {
        return setName;
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    public BooleanProperty addMissingProperty() {
        return addMissing;
    }

    public ObjectProperty<Run> targetRunProperty() {
        return targetRun;
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    public ObservableList<String> sets() {
        return sets;
    }

    public ObjectProperty<ColumnChoice> columnProperty(AnswerField field) {
        return choices.get(field);
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ModelColumn> modelColumns() {
        return modelColumns;
    }

    public ObservableList<AnswerPreviewRow> preview() {
        return preview;
    }

    /** The models the import names: "NAME (new)" or "NAME (already in the project)". */
    public ObservableList<String> models() {
        return models;
    }

    /** Every problem of the last check or import, {@code file:line: reason} each. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    /** What the import would write, from the check of the whole file. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why the file cannot be imported as set up; empty when it can. */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** True when the last import was refused. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** 0..1 while importing, -1 when the size is not known. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
