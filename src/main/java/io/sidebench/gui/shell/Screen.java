package io.sidebench.gui.shell;

import javafx.scene.Node;

/** One workflow step's view as the shell hosts it. */
public interface Screen {
    Node root();

    /** Called each time the step is shown, so the screen can refresh what other steps changed. */
    default void activated() {
    }

    /**
     * Writes edits this screen holds that are not yet in the project, now, on the FX thread: called before
     * the project closes (open, new, close, Save As), the window is rebuilt (language) or the app quits.
     * Returns "" when everything is in the project, else why an edit cannot be saved (the shell then asks
     * whether to discard it).
     */
    default String saveEdits() {
        return "";
    }

    /** Called when the project closes or the window is rebuilt. */
    default void dispose() {
    }
}
