package io.sidebench.gui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers (and the one question) the shell needs; tests replace them, since native dialogs cannot be driven. */
public interface FileDialogs {
    Optional<Path> chooseNewProject(Window owner);

    Optional<Path> chooseProjectToOpen(Window owner);

    Optional<Path> chooseSaveAs(Window owner);

    Optional<Path> choosePromptFile(Window owner);

    /** Asks where to write an export; {@code extension} without the dot. */
    Optional<Path> chooseExportTarget(Window owner, String extension);

    /** Asks for a .gguf model file; none by default (tests and platforms without a chooser). */
    default Optional<Path> chooseModelFile(Window owner) {
        return Optional.empty();
    }

    /**
     * Asks whether to discard edits that cannot be saved ({@code message} says which and why); true to discard
     * them and go on, false to go back to them. Without a dialog the edits are kept (false).
     */
    default boolean confirmDiscard(Window owner, String title, String message, String discard, String keep) {
        return false;
    }
}
