package io.sidebench.gui.shell;

import io.sidebench.gui.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An honest placeholder for a step whose screen has not been built yet. */
public final class PendingScreen implements Screen {
    private final VBox root = new VBox(12);

    public PendingScreen(Messages messages, WorkflowStep step) {
        root.getStyleClass().add("empty-state");
        root.setAlignment(Pos.CENTER);
        root.setId("pending-" + step.id());
        Label title = new Label(messages.get("step." + step.id()));
        title.getStyleClass().add("empty-title");
        Label hint = new Label(messages.get("pending.hint"));
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        root.getChildren().addAll(title, hint);
    }

    @Override
    public Node root() {
        return root;
    }
}
