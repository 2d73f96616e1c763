package io.sidebench.gui.core;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds one node and gives it the space there is; when the node needs more than that (its minimum size,
 * say a table whose texts are all kept whole), it is laid out at the size it needs and scaled down to fit,
 * so nothing is cut at any window size. Used for presentation slides, whose large type is sized for a big screen.
 */
public final class FitPane extends Region {
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public FitPane(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("fit-pane");
    }

    public Node content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(1, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(1, getHeight() - in.getTop() - in.getBottom());
        double needW = Math.max(w, content.minWidth(-1));
        double s = Math.min(1, w / needW);
        double needH = Math.max(h / s, content.minHeight(needW));
        double sh = Math.min(1, h / needH);
        if (sh < s) {
            s = sh;
            needW = Math.max(w / s, content.minWidth(-1));
            needH = Math.max(h / s, content.minHeight(needW));
        }
        scale.setX(s);
        scale.setY(s);
        content.resize(needW, needH);
        content.relocate(in.getLeft(), in.getTop());
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height) + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width) + getInsets().getTop() + getInsets().getBottom();
    }
}
