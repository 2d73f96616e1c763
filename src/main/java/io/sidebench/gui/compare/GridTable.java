package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.ModelConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The virtualised grid: fixed columns for the prompt, one column per model; cells load by page. */
final class GridTable {
    static final int FIXED_COLUMNS = 4;
    private final CompareViewModel vm;
    private final Messages messages;
    private final TableView<GridRow> table = new TableView<>();
    private boolean syncing;

    GridTable(CompareViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        table.setId("compare-grid");
        table.setFixedCellSize(30);
        table.setItems(vm.view());
        vm.view().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(placeholder());
        table.getColumns().add(fixed("compare.col.number", 50, r -> r.ordinal() + 1));
        table.getColumns().add(fixed("compare.col.key", 90, GridRow::key));
        table.getColumns().add(fixed("compare.col.category", 110, GridRow::category));
        TableColumn<GridRow, Object> prompt = fixed("compare.col.prompt", 300, GridRow::preview);
        table.getColumns().add(prompt);
        vm.models().addListener((ListChangeListener<ModelConfig>) c -> rebuildModelColumns());
        rebuildModelColumns();
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> fromTable());
        vm.selectedRowProperty().addListener((o, old, now) -> toTable());
        vm.selectedModelProperty().addListener((o, old, now) -> toTable());
    }

    /** What the empty grid says: no run yet, still loading, a run without prompts, or filters that hide all. */
    private Label placeholder() {
        Label label = new Label();
        label.setId("compare-grid-empty");
        label.setWrapText(true);
        label.getStyleClass().add("placeholder-text");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.loadingProperty().get()) {
                return messages.get("compare.loadingGrid");
            }
            if (vm.runProperty().get() == null) {
                return messages.get("compare.emptyGrid");
            }
            return vm.rows().isEmpty() ? messages.get("compare.emptyRun") : messages.get("compare.emptyFilter");
        }, vm.runProperty(), vm.loadingProperty(), vm.rows(), vm.view()));
        return label;
    }

    TableView<GridRow> table() {
        return table;
    }

    private <T> TableColumn<GridRow, Object> fixed(String key, double width, java.util.function.Function<GridRow, T> value) {
        TableColumn<GridRow, Object> col = new TableColumn<>(messages.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private void rebuildModelColumns() {
        table.getColumns().remove(FIXED_COLUMNS, table.getColumns().size());
        for (ModelConfig model : vm.models()) {
            TableColumn<GridRow, Object> col = new TableColumn<>(model.displayName());
            col.setId("col-model-" + model.id());
            col.setPrefWidth(230);
            col.setSortable(false);
            col.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().cell(model.id()),
                    c.getValue().cellsProperty()));
            col.setCellFactory(c -> new ModelCell());
            table.getColumns().add(col);
        }
    }

    private void fromTable() {
        if (syncing || table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<GridRow, ?> pos = table.getSelectionModel().getSelectedCells().get(0);
        if (pos.getRow() < 0 || pos.getRow() >= vm.view().size()) {
            return;
        }
        int column = table.getVisibleLeafIndex(pos.getTableColumn()) - FIXED_COLUMNS;
        syncing = true;
        try {
            vm.select(vm.view().get(pos.getRow()), column >= 0 ? column : vm.selectedModelProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void toTable() {
        if (syncing) {
            return;
        }
        GridRow row = vm.selectedRowProperty().get();
        int index = row == null ? -1 : vm.view().indexOf(row);
        int column = FIXED_COLUMNS + vm.selectedModelProperty().get();
        if (index < 0 || column >= table.getVisibleLeafColumns().size()) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearAndSelect(index, table.getVisibleLeafColumn(column));
            table.getFocusModel().focus(index, table.getVisibleLeafColumn(column));
            scrollIntoView(index);
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int index) {
        double rowHeight = table.getFixedCellSize();
        double visible = Math.max(1, (table.getHeight() - 30) / rowHeight - 1);
        var flow = table.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            var first = vf.getFirstVisibleCell();
            var last = vf.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, index - (int) (visible / 2)));
    }

    /** A model's cell: a preview of the answer, or its error; asks for its page when empty. */
    private final class ModelCell extends TableCell<GridRow, Object> {
        ModelCell() {
            getStyleClass().add("grid-cell");
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("grid-cell-ok", "grid-cell-error", "grid-cell-empty", "grid-cell-annotated");
            setTooltip(null);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                return;
            }
            GridRow row = getTableRow().getItem();
            vm.requestCells(getIndex());
            if (!row.isLoaded()) {
                setText("\u2026");
                getStyleClass().add("grid-cell-empty");
                return;
            }
            if (!(item instanceof CellSummary cell)) {
                setText(messages.get("compare.cellMissing"));
                getStyleClass().add("grid-cell-empty");
                return;
            }
            if (cell.isError()) {
                setText("\u26A0 " + messages.get("compare.cellError"));
                getStyleClass().add("grid-cell-error");
                setTooltip(new Tooltip(cell.error()));
            } else {
                setText(cell.preview());
                getStyleClass().add("grid-cell-ok");
            }
            if (cell.annotated()) {
                getStyleClass().add("grid-cell-annotated");
            }
        }
    }
}
