package io.sidebench.gui.core;

import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The project open in the window: at most one store at a time; replacing it closes the old one. */
public final class ProjectSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<ProjectStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    private final ObservableList<Path> pendingImports = FXCollections.observableArrayList();

    /** Prompt files dropped on the window that the data sets step should offer to import. */
    public ObservableList<Path> pendingImports() {
        return pendingImports;
    }

    /** The project's title as last read or saved (the title bar shows it). */
    public StringProperty titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<ProjectStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public Optional<ProjectStore> current() {
        return Optional.ofNullable(store.get());
    }

    /** Makes {@code next} the open project (call on the UI thread); the previous store is closed. */
    public void replace(ProjectStore next) {
        replace(next, "");
    }

    /** Makes {@code next} the open project with its already read {@code projectTitle}. */
    public void replace(ProjectStore next, String projectTitle) {
        ProjectStore previous = store.get();
        title.set(next == null ? "" : projectTitle);
        store.set(next);
        if (previous != null && previous != next) {
            previous.close();
        }
    }

    /** Forgets the open project without closing it (Save As closes and reopens it itself). */
    public ProjectStore detach() {
        ProjectStore previous = store.get();
        store.set(null);
        return previous;
    }

    @Override
    public void close() {
        replace(null);
    }
}
