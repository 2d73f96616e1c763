package io.sidebench.gui.compare;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The annotation of the selected answer on the rubric: ratings (digit keys rate the current dimension and
 * move to the next), tags and a comment, saved through {@code store.annotations()} after each change.
 */
public final class AnnotationViewModel {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<RubricDimension> rubric = FXCollections.observableArrayList();
    private final IntegerProperty currentDimension = new SimpleIntegerProperty(this, "currentDimension", 0);
    private final ObservableMap<String, Double> ratings = FXCollections.observableHashMap();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty annotator = new SimpleStringProperty(this, "annotator", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private long completionId = -1;
    private Consumer<Annotation> onSaved = a -> { };

    public AnnotationViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
    }

    public void setRubric(List<RubricDimension> dimensions) {
        rubric.setAll(dimensions);
        currentDimension.set(0);
    }

    /** Called after each save, so the grid can mark the cell and learn new tags. */
    public void setOnSaved(Consumer<Annotation> listener) {
        this.onSaved = listener;
    }

    /** Shows the annotation of an answer ({@code existing} may be null); a negative id means "no answer". */
    public void show(long id, Annotation existing) {
        completionId = id;
        active.set(id >= 0);
        ratings.clear();
        tags.clear();
        comment.set("");
        if (existing != null) {
            ratings.putAll(existing.ratings());
            tags.setAll(existing.tags());
            comment.set(existing.comment() == null ? "" : existing.comment());
        }
        currentDimension.set(0);
        status.set("");
    }

    /** Rates the current dimension with a digit key (pass/fail: 1 pass, 0 fail) and moves to the next. */
    public boolean rateDigit(int digit) {
        if (!active.get() || rubric.isEmpty()) {
            status.set(messages.get(rubric.isEmpty() ? "annotate.noRubric" : "annotate.noAnswer"));
            return false;
        }
        RubricDimension dim = rubric.get(currentDimension.get());
        if (!dim.accepts(digit)) {
            status.set(messages.format("annotate.outOfRange", digit, dim.name(), dim.min(), dim.max()));
            return false;
        }
        rate(dim, digit);
        if (currentDimension.get() < rubric.size() - 1) {
            currentDimension.set(currentDimension.get() + 1);
        }
        return true;
    }

    /** Sets one dimension's rating (buttons in the panel) and saves. */
    public void rate(RubricDimension dim, double value) {
        if (!active.get()) {
            return;
        }
        ratings.put(dim.name(), value);
        save();
    }

    public void clearCurrent() {
        if (active.get() && !rubric.isEmpty()) {
            ratings.remove(rubric.get(currentDimension.get()).name());
            save();
        }
    }

    public void selectDimension(int index) {
        if (index >= 0 && index < rubric.size()) {
            currentDimension.set(index);
        }
    }

    /** Adds comma-separated tags (lower-cased, trimmed) and saves. */
    public void addTags(String text) {
        if (!active.get() || text == null) {
            return;
        }
        boolean changed = false;
        for (String part : text.split(",")) {
            String tag = part.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
                changed = true;
            }
        }
        if (changed) {
            save();
        }
    }

    public void removeTag(String tag) {
        if (tags.remove(tag)) {
            save();
        }
    }

    public void setComment(String text) {
        if (!active.get()) {
            return;
        }
        String value = text == null ? "" : text.strip();
        if (!value.equals(comment.get())) {
            comment.set(value);
            save();
        }
    }

    private void save() {
        String name = annotator.get() == null ? "" : annotator.get().strip();
        if (name.isEmpty()) {
            status.set(messages.get("annotate.needName"));
            return;
        }
        Annotation annotation = new Annotation(completionId, name, ratings, List.copyOf(tags),
                comment.get().isEmpty() ? null : comment.get(), Instant.now());
        executor.submit("annotation-save", () -> {
            store.annotations().save(annotation);
            return annotation;
        }, saved -> {
            status.set(messages.get("annotate.saved"));
            onSaved.accept(saved);
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    public boolean isPassFail(RubricDimension dim) {
        return dim.scale() == ScaleType.PASS_FAIL;
    }

    public ObservableList<RubricDimension> rubric() {
        return rubric;
    }

    public IntegerProperty currentDimensionProperty() {
        return currentDimension;
    }

    public ObservableMap<String, Double> ratings() {
        return ratings;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty annotatorProperty() {
        return annotator;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
