package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The list of most disagreed answers beside the Compare grid; clicking a row shows that answer in the grid. */
final class DisagreementsPane extends VBox {
    DisagreementsPane(DisagreementsViewModel vm, Messages messages) {
        super(6);
        setId("disagreements");
        getStyleClass().add("page");
        setPrefWidth(520);
        Label title = new Label(messages.get("disagree.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("disagree.hint"));
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("disagreements-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        TableView<DisagreementsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("disagreements-table");
        table.setPlaceholder(new Label(messages.get("disagree.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // two wrapping columns, so a narrow pane cuts nothing: which answer, and what everyone said
        table.getColumns().add(column(messages.get("disagree.col.answer"), r -> r.prompt() + "\n" + r.model() + "\n"
                + messages.format("disagree.spreadOn", r.dimension(), r.spreadText()), 150));
        table.getColumns().add(column(messages.get("disagree.col.ratings"), r -> String.join("\n", r.ratings()), 330));
        table.setRowFactory(t -> {
            TableRow<DisagreementsViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, hint, status, table);
    }

    private static TableColumn<DisagreementsViewModel.Row, String> column(
            String title, Function<DisagreementsViewModel.Row, String> text, double width) {
        TableColumn<DisagreementsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // wrapped to its column (the row grows), in the cell's theme colour and font
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }
}
