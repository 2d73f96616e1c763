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
import java.util.ArrayList;
import java.util.List;
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
 * The import of one prompt file: a live preview of its first prompts with the detected format, an
 * editable format and column mapping, and the import itself (one transaction through the importers).
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
    private final StringProperty mapping = new SimpleStringProperty(this, "mapping", "");
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
    }

    public void setOnImported(Consumer<PromptSet> listener) {
        this.onImported = listener;
    }

    /** Starts an import of {@code path}: suggests a set name and previews it. */
    public void choose(Path path) {
        file.set(path);
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        setName.set(dot > 0 ? name.substring(0, dot) : name);
        format.set(null);
        mapping.set("");
        refreshPreview();
    }

    public void cancel() {
        file.set(null);
        preview.clear();
        error.set("");
        detected.set("");
    }

    private ImportOptions options() {
        return ImportOptions.defaults().withFormat(format.get()).withColumns(ColumnMap.parse(mapping.get()));
    }

    /** The options for the current format and mapping, or null (with the reason in {@link #error}). */
    private ImportOptions validOptions() {
        try {
            return options();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    private record Preview(FormatDetector.Detection detection, List<PromptRow> rows) {
    }

    /** Reads the first prompts of the file with the current format and mapping. */
    public void refreshPreview() {
        Path path = file.get();
        ImportOptions options = path == null ? null : validOptions();
        if (options == null) {
            return;
        }
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
            detected.set(messages.format("import.detected", result.detection().format().cliName(),
                    result.rows().size() >= PREVIEW_ROWS ? PREVIEW_ROWS + "+" : String.valueOf(result.rows().size())));
            preview.setAll(result.rows());
        }, failure -> {
            if (gen == previewGeneration) {
                busy.set(false);
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
        ImportOptions options = path == null ? null : validOptions();
        if (options == null) {
            return;
        }
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

    public StringProperty mappingProperty() {
        return mapping;
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
