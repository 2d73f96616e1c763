package io.sidebench.gui.datasets;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The project's prompt sets, a searchable table of the chosen set's prompts, and the import. */
public final class DatasetsViewModel {
    private static final int PAGE = 1000;
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ProjectSession session;
    private final ImportViewModel importer;
    private final ObservableList<PromptSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<PromptSet> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<PromptRow> prompts = FXCollections.observableArrayList();
    private final FilteredList<PromptRow> visible = new FilteredList<>(prompts);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private int generation;
    private final AnswerImportViewModel answers;

    /** "Import answers…" beside the prompt import. */
    public AnswerImportViewModel answers() {
        return answers;
    }

    public DatasetsViewModel(ProjectStore store, TaskExecutor executor, Messages messages, ProjectSession session,
                             PromptImporters importers) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.session = session;
        this.importer = new ImportViewModel(store, executor, messages, importers);
        this.answers = new AnswerImportViewModel(store, executor, messages, new io.sidebench.logic.answers
                .AnswerImportService(io.sidebench.logic.answers.AnswerImporters.standard()));
        answers.setOnImported(said -> {
            status.set(said);
            load(-1);
        });
        importer.setOnImported(set -> {
            status.set(messages.format("import.done", set.promptCount(), set.name()));
            load(set.id());
        });
        selected.addListener((o, old, now) -> loadPrompts(now));
        search.addListener((o, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(needle.isEmpty() ? null : row -> row.matches(needle));
        });
    }

    /** Reads the sets; selects {@code selectId} (or keeps the selection, or takes the first). */
    public void load(long selectId) {
        executor.submit("datasets", store.promptSets()::list, list -> {
            PromptSet keep = selected.get();
            sets.setAll(list);
            long want = selectId > 0 ? selectId : keep == null ? -1 : keep.id();
            PromptSet next = list.stream().filter(s -> s.id() == want).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            selected.set(next);
        }, this::fail);
    }

    /** Takes the files dropped on the window: the first one goes to the import preview. */
    public void takePendingImports() {
        if (!session.pendingImports().isEmpty()) {
            Path first = session.pendingImports().get(0);
            session.pendingImports().clear();
            importer.choose(first);
        }
    }

    /** Starts "Import answers…" with {@code file}: the selected set is the one answered, unless the user picks another. */
    public void chooseAnswers(Path file) {
        PromptSet set = selected.get();
        answers.choose(file, set == null ? null : set.name());
    }

    private void loadPrompts(PromptSet set) {
        int gen = ++generation;
        prompts.clear();
        if (set == null) {
            return;
        }
        executor.submit("dataset-prompts", () -> {
            List<PromptRow> rows = new ArrayList<>();
            for (int offset = 0; offset < set.promptCount(); offset += PAGE) {
                for (Prompt p : store.promptSets().prompts(set.id(), offset, PAGE)) {
                    rows.add(PromptRow.of(p));
                }
            }
            return rows;
        }, rows -> {
            if (gen == generation) {
                prompts.setAll(rows);
            }
        }, this::fail);
    }

    private void fail(Throwable failure) {
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public ImportViewModel importer() {
        return importer;
    }

    public ObservableList<PromptSet> sets() {
        return sets;
    }

    public ObjectProperty<PromptSet> selectedProperty() {
        return selected;
    }

    public FilteredList<PromptRow> visiblePrompts() {
        return visible;
    }

    public ObservableList<PromptRow> prompts() {
        return prompts;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
