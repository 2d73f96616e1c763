package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerOptions;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Import answers…": imports a file of answers other tools produced as a new run of the selected prompt set, in
 * the background; the status tells what was imported, or the first problem and how many there are (nothing is
 * written then). Format detection and matching are the command line's (docs/answer-import.md).
 */
public final class AnswerImportViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AnswerImportService service;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed", false);

    public AnswerImportViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                                 AnswerImportService service) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.service = service;
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

    /** Imports {@code file} into a new run answering {@code setName} (null: the project's only set). */
    public void importFile(Path file, String setName) {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        status.set(messages.format("answers.importing", file.getFileName()));
        executor.submit("import-answers", () -> service.importFile(store, file,
                AnswerOptions.defaults().withSet(setName)), r -> {
                    running.set(false);
                    status.set(messages.format("answers.imported", r.answers(), r.models(), r.runName(),
                            messages.get(r.speedFromFile() ? "answers.speedFile" : "answers.speedNone")));
                }, e -> {
                    running.set(false);
                    failed.set(true);
                    long count = e instanceof AnswerImportException a ? a.count() : 1;
                    String first = e instanceof AnswerImportException a ? a.problems().get(0).getMessage()
                            : String.valueOf(e.getMessage());
                    status.set(messages.format("answers.refused", count, first));
                });
    }
}
