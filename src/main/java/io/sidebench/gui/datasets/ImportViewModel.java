package io.sidebench.gui.datasets;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.prompts.ColumnMap;
import io.sidebench.logic.prompts.FormatDetector;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.ImportOptions;
import io.sidebench.logic.prompts.PromptImportService;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.PromptSet;
import java.nio.file.Path;
import io.sidebench.logic.prompts.PromptField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import of one prompt file: a live preview of its first prompts with the detected format, the
 * format and a column editor (per part of a prompt: automatic, "—" or one of the file's columns), and the
 * import itself (one transaction through the importers). Errors stay {@code file:line: reason}, telling
 * the fix in the screen's words.
 */
public final class ImportViewModel {
    public static final int PREVIEW_ROWS = 20;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final PromptImporters importers;
    private final PromptImportService service;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty setName = new SimpleStringProperty(this, "setName", "");
    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final Map<PromptField, ObjectProperty<ColumnChoice>> choices = new EnumMap<>(PromptField.class);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty detected = new SimpleStringProperty(this, "detected", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<PromptRow> preview = FXCollections.observableArrayList();
    private Consumer<PromptSet> onImported = s -> { };
    private int previewGeneration;

    public ImportViewModel(ProjectStore store, TaskExecutor executor, Messages messages, PromptImporters importers) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.importers = importers;
        this.service = new PromptImportService(importers);
        format.addListener(o -> refreshPreview());
        for (PromptField field : PromptField.values()) {
            ObjectProperty<ColumnChoice> choice = new SimpleObjectProperty<>(this, field.mapName(), ColumnChoice.AUTO);
            choice.addListener((o, old, now) -> {
                if (!resetting) {
                    refreshPreview();
                }
            });
            choices.put(field, choice);
        }
    }

    private boolean resetting;

    public void setOnImported(Consumer<PromptSet> listener) {
        this.onImported = listener;
    }

    /** Starts an import of {@code path}: suggests a set name and previews it. */
    public void choose(Path path) {
        file.set(path);
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        setName.set(dot > 0 ? name.substring(0, dot) : name);
        resetting = true;
        try {
            format.set(null);
            choices.values().forEach(c -> c.set(ColumnChoice.AUTO));
        } finally {
            resetting = false;
        }
        columns.clear();
        refreshPreview();
    }

    public void cancel() {
        file.set(null);
        preview.clear();
        error.set("");
        detected.set("");
    }

    /** The column map the editor's choices make: automatic fields are left to the usual names. */
    ColumnMap columnMap() {
        Map<PromptField, String> explicit = new EnumMap<>(PromptField.class);
        choices.forEach((field, choice) -> {
            ColumnChoice c = choice.get();
            if (c.kind() == ColumnChoice.Kind.NONE) {
                explicit.put(field, "");
            } else if (c.kind() == ColumnChoice.Kind.COLUMN) {
                explicit.put(field, c.column());
            }
        });
        return ColumnMap.of(explicit);
    }

    private ImportOptions options(GuiImportHints hints) {
        return ImportOptions.defaults().withFormat(format.get()).withColumns(columnMap()).withHints(hints);
    }

    /** The column the usual names would pick for {@code field} among the file's columns, or null. */
    public String automaticColumn(PromptField field) {
        int i = ColumnMap.defaults().find(field, columns);
        return i < 0 ? null : columns.get(i);
    }

    private record Preview(FormatDetector.Detection detection, List<PromptRow> rows) {
    }

    /** Reads the first prompts of the file with the current format and mapping. */
    public void refreshPreview() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        GuiImportHints hints = new GuiImportHints(messages);
        ImportOptions options = options(hints);
        int gen = ++previewGeneration;
        busy.set(true);
        executor.submit("import-preview", () -> {
            FormatDetector.Detection detection = service.resolve(path, options);
            List<PromptRow> rows = new ArrayList<>();
            try {
                importers.get(detection.container()).read(path, options, p -> {
                    rows.add(PromptRow.of(p));
                    if (rows.size() >= PREVIEW_ROWS) {
                        throw new EnoughRows();
                    }
                });
            } catch (EnoughRows enough) {
                // the preview only needs the first rows
            }
            return new Preview(detection, rows);
        }, result -> {
            if (gen != previewGeneration) {
                return;
            }
            busy.set(false);
            error.set("");
            columns.setAll(hints.columns());
            detected.set(messages.format("import.detected", result.detection().format().cliName(),
                    result.rows().size() >= PREVIEW_ROWS ? PREVIEW_ROWS + "+" : String.valueOf(result.rows().size())));
            preview.setAll(result.rows());
        }, failure -> {
            if (gen == previewGeneration) {
                busy.set(false);
                columns.setAll(hints.columns());
                preview.clear();
                detected.set("");
                error.set(FxTaskExecutor.reason(failure));
            }
        });
    }

    /** Stops the preview's read once it has enough rows. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** Imports the whole file as a new prompt set. */
    public void importNow() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        ImportOptions options = options(new GuiImportHints(messages));
        String name = setName.get();
        busy.set(true);
        executor.submit("import", () -> service.importFile(store, path, name, options), set -> {
            busy.set(false);
            error.set("");
            file.set(null);
            preview.clear();
            onImported.accept(set);
        }, failure -> {
            busy.set(false);
            error.set(FxTaskExecutor.reason(failure));
        });
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty setNameProperty() {
        return setName;
    }

    public ObjectProperty<ImportFormat> formatProperty() {
        return format;
    }

    /** The editor's choice of column for one part of a prompt; a change previews again. */
    public ObjectProperty<ColumnChoice> columnProperty(PromptField field) {
        return choices.get(field);
    }

    /** The columns (or record fields) of the file, as found by the last preview. */
    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<PromptRow> preview() {
        return preview;
    }
}
