package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The header and query-parameter rows of a {@link ConnectionForm}; ids start with a prefix. */
final class ConnectionFields {
    private ConnectionFields() {
    }

    static Node build(ConnectionForm form, Messages messages, String prefix) {
        Label hint = io.sidebench.gui.core.Layouts.wrapping(new Label(messages.get("models.headers.hint")));
        hint.getStyleClass().add("answer-meta");
        VBox headers = new VBox(4);
        VBox query = new VBox(4);
        fill(headers, form.headers(), form, messages, prefix + "header-");
        fill(query, form.query(), form, messages, prefix + "query-");
        Button addHeader = new Button(messages.get("models.headers.add"));
        addHeader.setId(prefix + "header-add");
        addHeader.setOnAction(e -> form.addHeader());
        Button addQuery = new Button(messages.get("models.query.add"));
        addQuery.setId(prefix + "query-add");
        addQuery.setOnAction(e -> form.addQuery());
        Label warning = io.sidebench.gui.core.Layouts.wrapping(new Label());
        warning.setId(prefix + "connection-warning");
        warning.getStyleClass().add("validation");
        warning.textProperty().bind(form.warningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        Label problem = io.sidebench.gui.core.Layouts.wrapping(new Label());
        problem.setId(prefix + "connection-problem");
        problem.getStyleClass().add("validation");
        problem.textProperty().bind(form.validationProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label headersTitle = new Label(messages.get("models.headers.title"));
        Label queryTitle = new Label(messages.get("models.query.title"));
        VBox box = new VBox(4, hint, headersTitle, headers, addHeader, queryTitle, query, addQuery, problem, warning);
        box.setId(prefix + "connection");
        return box;
    }

    private static void fill(VBox rows, ObservableList<ConnectionForm.Entry> entries, ConnectionForm form,
                             Messages messages, String prefix) {
        Runnable redraw = () -> {
            rows.getChildren().clear();
            int i = 0;
            for (ConnectionForm.Entry entry : entries) {
                TextField name = ParamsFields.field(prefix + "name-" + i, entry.nameProperty());
                name.setPromptText(messages.get("models.headers.name"));
                TextField value = ParamsFields.field(prefix + "value-" + i, entry.valueProperty());
                value.setPromptText(messages.get("models.headers.value"));
                Button remove = new Button("\u2715");
                remove.setId(prefix + "remove-" + i);
                remove.setOnAction(e -> form.remove(entry));
                HBox row = new HBox(6, name, value, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(value, Priority.ALWAYS);
                rows.getChildren().add(row);
                i++;
            }
        };
        // redraw on additions and removals only: an edit in a row keeps its field (and the caret)
        entries.addListener((ListChangeListener<ConnectionForm.Entry>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                redraw.run();
            }
        });
        redraw.run();
    }
}
