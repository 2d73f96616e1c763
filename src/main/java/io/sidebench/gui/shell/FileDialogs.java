package io.sidebench.gui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers the shell needs; tests replace them, since native dialogs cannot be driven. */
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
}
