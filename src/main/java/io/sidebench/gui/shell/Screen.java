package io.sidebench.gui.shell;

import javafx.scene.Node;

/** One workflow step's view as the shell hosts it. */
public interface Screen {
    Node root();

    /** Called each time the step is shown, so the screen can refresh what other steps changed. */
    default void activated() {
    }

    /** Called when the project closes or the window is rebuilt. */
    default void dispose() {
    }
}
