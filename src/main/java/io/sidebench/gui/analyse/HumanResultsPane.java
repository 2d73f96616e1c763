package io.sidebench.gui.analyse;

import io.sidebench.gui.core.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The "Human judgment" part of the analyse screen: the tables of {@link HumanResults}, redrawn when they change. */
final class HumanResultsPane extends VBox {
    HumanResultsPane(ObservableList<HumanResults.Table> tables, Messages messages) {
        super(8);
        setId("human-results");
        Label title = new Label(messages.get("human.title"));
        title.getStyleClass().add("section-title");
        Runnable draw = () -> {
            getChildren().setAll(title);
            for (HumanResults.Table t : tables) {
                getChildren().add(table(t));
            }
            setVisible(!tables.isEmpty());
        };
        managedProperty().bind(visibleProperty());
        tables.addListener((ListChangeListener<HumanResults.Table>) c -> draw.run());
        draw.run();
    }

    private static double text(String s) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        return probe.getLayoutBounds().getWidth();
    }

    private static VBox table(HumanResults.Table t) {
        Label heading = new Label(t.title());
        heading.getStyleClass().add("subsection-title");
        heading.setStyle("-fx-font-weight: bold;");
        TableView<List<String>> view = new TableView<>(FXCollections.observableArrayList(t.rows()));
        view.setId(t.id());
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int i = 0; i < t.headers().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.headers().get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(column < d.getValue().size()
                    ? d.getValue().get(column) : ""));
            c.setSortable(false);
            // wide enough for its longest text (a model name, an interval): the few rows are never cut
            double widest = text(t.headers().get(i));
            for (List<String> row : t.rows()) {
                widest = Math.max(widest, column < row.size() ? text(row.get(column)) : 0);
            }
            c.setMinWidth(Math.ceil(widest) + 24);
            view.getColumns().add(c);
        }
        view.setFixedCellSize(26);
        view.setPrefHeight(32 + 26.0 * Math.max(1, t.rows().size()) + 4);
        view.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, heading, view);
        if (!t.note().isEmpty()) {
            Label note = new Label(t.note());
            note.getStyleClass().add("page-hint");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        return box;
    }
}
