package io.sidebench.gui.objectives;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The evaluation's objectives and rubric: loads, validates and saves them through {@code store.meta()}.
 * Every valid edit is saved as the user types (in the background; a burst of edits writes the newest state
 * once); {@link #saveEdits()} writes what is still pending before the project closes.
 */
public final class ObjectivesViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ProjectSession session;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty goal = new SimpleStringProperty(this, "goal", "");
    private final StringProperty successCriteria = new SimpleStringProperty(this, "successCriteria", "");
    private final ObservableList<RubricRow> rubric = FXCollections.observableArrayList(row -> new Observable[] {
        row.nameProperty(), row.scaleProperty(), row.minProperty(), row.maxProperty(), row.descriptionProperty(),
        row.weightProperty()});
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringBinding validation;
    private final StringBinding overall;
    private final BooleanBinding canSave;
    /** The newest valid state not yet written; taken (and cleared) by whoever writes it, under {@link #writeLock}. */
    private final java.util.concurrent.atomic.AtomicReference<Objectives> pending =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Object writeLock = new Object();

    public ObjectivesViewModel(ProjectStore store, TaskExecutor executor, Messages messages, ProjectSession session) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.session = session;
        this.validation = Bindings.createStringBinding(this::validate, title, rubric);
        this.overall = Bindings.createStringBinding(this::overallDefinition, rubric);
        this.canSave = Bindings.createBooleanBinding(() -> validation.get().isEmpty() && dirty.get() && !loading.get(),
                validation, dirty, loading);
        title.addListener(o -> markDirty());
        goal.addListener(o -> markDirty());
        successCriteria.addListener(o -> markDirty());
        rubric.addListener((Observable o) -> markDirty());
    }

    private void markDirty() {
        if (!loading.get()) {
            dirty.set(true);
            autosave();
        }
    }

    /** Queues the current state for writing when it is valid (invalid edits wait until they are fixed). */
    private void autosave() {
        if (!validation.get().isEmpty()) {
            return;
        }
        Objectives objectives;
        try {
            objectives = toObjectives();
        } catch (IllegalArgumentException e) {
            return;
        }
        pending.set(objectives);
        executor.submit("objectives-autosave", this::writePending, this::saved,
                failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** Writes the newest pending state, if any is left (an earlier task may have written it already). */
    private Objectives writePending() {
        synchronized (writeLock) {
            Objectives objectives = pending.getAndSet(null);
            if (objectives != null) {
                store.meta().saveObjectives(objectives);
            }
            return objectives;
        }
    }

    private void saved(Objectives written) {
        if (written == null) {
            return;
        }
        session.titleProperty().set(written.title());
        if (pending.get() == null && validation.get().isEmpty() && written.equals(toObjectives())) {
            dirty.set(false);
            status.set(messages.get("objectives.autosaved"));
        }
    }

    /**
     * Writes unsaved edits now, on the calling thread (the project is about to close or the app to quit).
     * Returns "" when everything is in the project, else the problem that keeps the edits from being saved.
     */
    public String saveEdits() {
        if (!dirty.get() && pending.get() == null) {
            return "";
        }
        String problem = validation.get();
        if (!problem.isEmpty()) {
            return problem;
        }
        try {
            pending.set(toObjectives());
            saved(writePending());
            dirty.set(false);
            return "";
        } catch (RuntimeException e) {
            return messages.format("status.error", FxTaskExecutor.reason(e));
        }
    }

    /** Reads the objectives from the project. */
    public void load() {
        loading.set(true);
        executor.submit("objectives-load", () -> store.meta().objectives(), this::fill, failure -> {
            loading.set(false);
            status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
        });
    }

    private void fill(Objectives o) {
        title.set(o.title());
        goal.set(o.goal() == null ? "" : o.goal());
        successCriteria.set(o.successCriteria() == null ? "" : o.successCriteria());
        rubric.setAll(o.rubric().stream().map(RubricRow::new).toList());
        loading.set(false);
        dirty.set(false);
    }

    /** The first problem that prevents saving, or the empty string. */
    String validate() {
        if (title.get() == null || title.get().isBlank()) {
            return messages.get("objectives.error.title");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rubric.size(); i++) {
            RubricRow row = rubric.get(i);
            String name = row.nameProperty().get() == null ? "" : row.nameProperty().get().strip();
            if (name.isEmpty()) {
                return messages.format("objectives.error.dimensionName", i + 1);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                return messages.format("objectives.error.duplicate", name);
            }
            Double weight;
            try {
                weight = row.weightValue();
            } catch (NumberFormatException e) {
                return messages.format("objectives.error.weight", name, row.weightProperty().get());
            }
            if (weight != null && !(weight >= 0 && Double.isFinite(weight))) {
                return messages.format("objectives.error.weight", name, row.weightProperty().get());
            }
            if (row.scaleProperty().get() == ScaleType.NUMERIC) {
                if (row.minProperty().get() >= row.maxProperty().get()) {
                    return messages.format("objectives.error.range", name);
                }
                if (row.maxProperty().get() - row.minProperty().get() > 9 || row.minProperty().get() < 0) {
                    return messages.format("objectives.error.digits", name);
                }
            }
        }
        return "";
    }

    /**
     * How the overall human score is defined by the weights, in words: "(2 × correctness + 1 × tone) / 3, each
     * dimension first normalised to 0–1 as (v − min) / (max − min)", or that there is none without weights.
     */
    String overallDefinition() {
        List<String> terms = new ArrayList<>();
        double total = 0;
        for (RubricRow row : rubric) {
            Double w;
            try {
                w = row.weightValue();
            } catch (NumberFormatException e) {
                return messages.get("objectives.overallInvalid");
            }
            if (w != null && w > 0 && Double.isFinite(w)) {
                terms.add(RubricRow.format(w) + " × " + (row.nameProperty().get() == null ? ""
                        : row.nameProperty().get().strip()));
                total += w;
            }
        }
        if (terms.isEmpty()) {
            return messages.get("objectives.overallNone");
        }
        return messages.format("objectives.overall", "(" + String.join(" + ", terms) + ") / " + RubricRow.format(total));
    }

    /** The overall human score's definition by the current weights (or that there is none). */
    public StringBinding overallProperty() {
        return overall;
    }

    public RubricRow addDimension() {
        RubricRow row = new RubricRow();
        row.nameProperty().set(messages.format("objectives.newDimension", rubric.size() + 1));
        rubric.add(row);
        return row;
    }

    public RubricRow addPassFail() {
        RubricRow row = addDimension();
        row.scaleProperty().set(ScaleType.PASS_FAIL);
        row.minProperty().set(0);
        row.maxProperty().set(1);
        return row;
    }

    public void remove(RubricRow row) {
        rubric.remove(row);
    }

    public void move(RubricRow row, int delta) {
        int from = rubric.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= rubric.size()) {
            return;
        }
        rubric.remove(from);
        rubric.add(to, row);
    }

    /** The objectives as currently edited (call only when {@link #validationProperty()} is empty). */
    public Objectives toObjectives() {
        List<RubricDimension> dims = new ArrayList<>();
        for (RubricRow row : rubric) {
            dims.add(row.toDimension());
        }
        return new Objectives(title.get().strip(), goal.get(), successCriteria.get(), dims);
    }

    /** Saves the objectives to the project. */
    public void save() {
        String problem = validation.get();
        if (!problem.isEmpty()) {
            status.set(problem);
            return;
        }
        Objectives objectives;
        try {
            objectives = toObjectives();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        executor.submit("objectives-save", () -> {
            store.meta().saveObjectives(objectives);
            return objectives;
        }, saved -> {
            dirty.set(false);
            session.titleProperty().set(saved.title());
            status.set(messages.get("objectives.saved"));
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    public StringProperty successCriteriaProperty() {
        return successCriteria;
    }

    public ObservableList<RubricRow> rubric() {
        return rubric;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding validationProperty() {
        return validation;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
