package io.sidebench.gui;

import io.sidebench.gui.shell.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** File choosers that answer with prepared paths, since native dialogs cannot be driven headless. */
final class StubFileDialogs implements FileDialogs {
    Path next;
    /** The answer to "discard edits that cannot be saved?", and the questions asked. */
    boolean discard;
    final java.util.List<String> asked = new java.util.ArrayList<>();

    @Override
    public boolean confirmDiscard(Window owner, String title, String message, String discard, String keep) {
        asked.add(message);
        return this.discard;
    }

    @Override
    public Optional<Path> chooseNewProject(Window owner) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Window owner) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseSaveAs(Window owner) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> choosePromptFile(Window owner) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String extension) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseModelFile(Window owner) {
        return Optional.ofNullable(next);
    }
}
