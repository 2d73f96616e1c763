package io.sidebench.gui.core;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Small layout rules that keep text whole at any window size and in any language: controls are never
 * narrower than their text, rows of controls wrap onto the next line instead of squeezing them, and long
 * texts wrap. No pixel widths: everything follows the text as measured with the font in use.
 */
public final class Layouts {
    private Layouts() {
    }

    /**
     * Makes {@code node} and the labels, buttons, check boxes, toggles and combo or choice boxes under it never
     * narrower than their text (labels that wrap are left to wrap). Returns {@code node}.
     */
    public static <T extends Node> T whole(T node) {
        if (node instanceof Labeled labeled && !labeled.isWrapText()) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        } else if (node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                whole(child);
            }
        }
        return node;
    }

    /** A row that wraps onto further lines when the width runs out; its controls keep their text whole. */
    public static FlowPane flow(double hgap, Node... nodes) {
        FlowPane row = new FlowPane(hgap, hgap * 0.75, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node n : nodes) {
            whole(n);
        }
        return row;
    }

    /** A label and its field kept together on one line of a {@link #flow} row. */
    public static HBox pair(Node label, Node field) {
        HBox pair = new HBox(6, whole(label), field);
        pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return pair;
    }

    /**
     * Shows a column's title as a header that wraps onto more lines when the column is narrow (the header
     * grows in height) instead of cutting it. Returns {@code column}.
     */
    public static <C extends javafx.scene.control.TableColumnBase<?, ?>> C wrappingHeader(C column) {
        javafx.scene.control.Label title = new javafx.scene.control.Label(column.getText());
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setText(null);
        column.setGraphic(title);
        return column;
    }

    /** A label that wraps its text instead of cutting it (it may shrink to any width). */
    public static <T extends Labeled> T wrapping(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinWidth(0);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }
}
