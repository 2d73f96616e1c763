package io.sidebench.gui.objectives;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.Screen;
import io.sidebench.model.ScaleType;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;

/** Objectives form and rubric editor. */
public final class ObjectivesView implements Screen {
    private final ObjectivesViewModel vm;
    private final Messages messages;
    private final ScrollPane root;
    private final TableView<RubricRow> table = new TableView<>();

    public ObjectivesView(ObjectivesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        VBox page = new VBox(14, header(), form(), rubricEditor(), footer());
        page.getStyleClass().add("page");
        page.setPadding(new Insets(20));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("objectives-screen");
        vm.load();
    }

    private Node header() {
        Label title = new Label(messages.get("step.objectives"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.get("objectives.hint"));
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        return new VBox(4, title, hint);
    }

    private Node form() {
        TextField title = new TextField();
        title.setId("objectives-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea goal = area("objectives-goal", 3);
        goal.textProperty().bindBidirectional(vm.goalProperty());
        TextArea criteria = area("objectives-criteria", 3);
        criteria.textProperty().bindBidirectional(vm.successCriteriaProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("objectives.title")), title);
        grid.addRow(1, new Label(messages.get("objectives.goal")), goal);
        grid.addRow(2, new Label(messages.get("objectives.criteria")), criteria);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(goal, Priority.ALWAYS);
        return grid;
    }

    private TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private Node rubricEditor() {
        Label heading = new Label(messages.get("objectives.rubric"));
        heading.getStyleClass().add("section-title");
        table.setId("rubric-table");
        table.setEditable(true);
        table.setItems(vm.rubric());
        table.setPrefHeight(240);
        table.setPlaceholder(new Label(messages.get("objectives.rubricEmpty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<RubricRow, String> name = new TableColumn<>(messages.get("objectives.dimension"));
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<RubricRow, ScaleType> scale = new TableColumn<>(messages.get("objectives.scale"));
        scale.setCellValueFactory(c -> c.getValue().scaleProperty());
        scale.setCellFactory(ChoiceBoxTableCell.forTableColumn(scaleConverter(), ScaleType.values()));
        scale.setOnEditCommit(e -> {
            RubricRow row = e.getRowValue();
            row.scaleProperty().set(e.getNewValue());
            if (e.getNewValue() == ScaleType.PASS_FAIL) {
                row.minProperty().set(0);
                row.maxProperty().set(1);
            }
        });
        TableColumn<RubricRow, Integer> min = new TableColumn<>(messages.get("objectives.min"));
        min.setCellValueFactory(c -> c.getValue().minProperty().asObject());
        min.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter()));
        min.setOnEditCommit(e -> e.getRowValue().minProperty().set(e.getNewValue() == null ? 0 : e.getNewValue()));
        TableColumn<RubricRow, Integer> max = new TableColumn<>(messages.get("objectives.max"));
        max.setCellValueFactory(c -> c.getValue().maxProperty().asObject());
        max.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter()));
        max.setOnEditCommit(e -> e.getRowValue().maxProperty().set(e.getNewValue() == null ? 0 : e.getNewValue()));
        TableColumn<RubricRow, String> description = new TableColumn<>(messages.get("objectives.description"));
        description.setCellValueFactory(c -> c.getValue().descriptionProperty());
        description.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(name);
        table.getColumns().add(scale);
        table.getColumns().add(min);
        table.getColumns().add(max);
        TableColumn<RubricRow, String> weight = new TableColumn<>(messages.get("objectives.weight"));
        weight.setId("rubric-weight");
        weight.setCellValueFactory(c -> c.getValue().weightProperty());
        weight.setCellFactory(TextFieldTableCell.forTableColumn());
        weight.setPrefWidth(80);
        table.getColumns().add(weight);
        table.getColumns().add(description);
        // Committing changes the row, which rebuilds the editing cell; the focus would fall back to the first
        // field of the page (the Title, all selected). Keep it in the rubric.
        for (TableColumn<RubricRow, ?> column : table.getColumns()) {
            column.addEventHandler(TableColumn.editCommitEvent(), e -> table.requestFocus());
        }

        Button addNumeric = button("objectives.addNumeric", "rubric-add-numeric", () -> select(vm.addDimension()));
        Button addPassFail = button("objectives.addPassFail", "rubric-add-passfail", () -> select(vm.addPassFail()));
        Button remove = button("objectives.remove", "rubric-remove", () -> vm.remove(selected()));
        Button up = button("objectives.up", "rubric-up", () -> vm.move(selected(), -1));
        Button down = button("objectives.down", "rubric-down", () -> vm.move(selected(), 1));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        remove.disableProperty().bind(none);
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        HBox buttons = new HBox(8, addNumeric, addPassFail, remove, up, down);
        Label overall = new Label();
        overall.setId("rubric-overall");
        overall.getStyleClass().add("page-hint");
        overall.setWrapText(true);
        overall.textProperty().bind(vm.overallProperty());
        return new VBox(8, heading, table, overall, buttons);
    }

    private RubricRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void select(RubricRow row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    private StringConverter<ScaleType> scaleConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(ScaleType type) {
                return type == null ? "" : messages.get("scale." + type.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ScaleType fromString(String text) {
                return ScaleType.NUMERIC;
            }
        };
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node footer() {
        Label problem = new Label();
        problem.getStyleClass().add("validation");
        problem.setId("objectives-validation");
        problem.textProperty().bind(vm.validationProperty());
        Label status = new Label();
        status.getStyleClass().add("page-status");
        status.textProperty().bind(Bindings.when(vm.validationProperty().isEmpty())
                .then(vm.statusProperty()).otherwise(""));
        Button save = button("action.save", "objectives-save", vm::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setDefaultButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(12, problem, status, spacer, save);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String saveEdits() {
        io.sidebench.gui.core.Tables.commitEditingCell(table);
        return vm.saveEdits();
    }
}
