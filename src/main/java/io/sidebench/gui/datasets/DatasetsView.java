package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.gui.shell.Screen;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.PromptField;
import io.sidebench.model.PromptSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Data sets: the project's prompt sets, a searchable virtualised prompt table, and the import panel. */
public final class DatasetsView implements Screen {
    private final DatasetsViewModel vm;
    private final Messages messages;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();

    public DatasetsView(DatasetsViewModel vm, Messages messages, FileDialogs dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        root.setId("datasets-screen");
        root.getStyleClass().add("page");
        root.setPadding(new Insets(16));
        Label title = new Label(messages.get("step.datasets"));
        title.getStyleClass().add("page-title");
        Button importButton = new Button(messages.get("import.choose"));
        importButton.setId("import-choose");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> dialogs.choosePromptFile(root.getScene().getWindow())
                .ifPresent(vm.importer()::choose));
        Button answersButton = new Button(messages.get("answers.choose"));
        answersButton.setId("import-answers-choose");
        answersButton.disableProperty().bind(vm.answers().runningProperty());
        answersButton.setOnAction(e -> dialogs.choosePromptFile(root.getScene().getWindow())
                .ifPresent(vm::chooseAnswers));
        TextField search = new TextField();
        search.setId("prompt-search");
        search.setPromptText(messages.get("datasets.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label status = new Label();
        status.getStyleClass().add("page-status");
        status.setId("datasets-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(vm.answers().statusProperty().isEmpty())
                .then(vm.statusProperty()).otherwise(vm.answers().statusProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, status, spacer, search, importButton, answersButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setLeft(setList());
        VBox center = new VBox(10, new ImportPanel(vm.importer(), messages).root(),
                new AnswerImportPanel(vm.answers(), messages).root(), promptTable());
        center.setPadding(new Insets(0, 0, 0, 12));
        root.setCenter(center);
    }

    private Node setList() {
        ListView<PromptSet> list = new ListView<>(vm.sets());
        list.setId("set-list");
        list.setPrefWidth(230);
        list.setPlaceholder(new Label(messages.get("datasets.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long set name wraps inside the list's width rather than ending in "…"
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PromptSet set, boolean empty) {
                super.updateItem(set, empty);
                setText(empty || set == null ? null : messages.format("datasets.setLabel", set.name(), set.promptCount(),
                        set.format() == null ? "" : set.format()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        return list;
    }

    private Node promptTable() {
        TableView<PromptRow> table = table(vm.visiblePrompts(), "prompt-table");
        table.setPlaceholder(new Label(messages.get("datasets.noPrompts")));
        addColumns(table, messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    static TableView<PromptRow> table(ObservableList<PromptRow> rows, String id) {
        TableView<PromptRow> table = new TableView<>(rows);
        table.setId(id);
        table.setFixedCellSize(28);
        return table;
    }

    static void addColumns(TableView<PromptRow> table, Messages messages) {
        table.getColumns().add(column(messages.get("datasets.col.key"), 90, PromptRow::key));
        table.getColumns().add(column(messages.get("datasets.col.category"), 110, PromptRow::category));
        table.getColumns().add(column(messages.get("datasets.col.turns"), 60, PromptRow::turns));
        table.getColumns().add(column(messages.get("datasets.col.prompt"), 420, PromptRow::user));
        table.getColumns().add(column(messages.get("datasets.col.reference"), 300, PromptRow::reference));
        table.getColumns().add(column(messages.get("datasets.col.variables"), 160, PromptRow::variables));
    }

    private static <T> TableColumn<PromptRow, T> column(String title, double width, Function<PromptRow, T> value) {
        TableColumn<PromptRow, T> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load(-1);
        vm.takePendingImports();
    }

    /** The import panel: file, set name, format, column mapping, live preview, import/cancel. */
    private static final class ImportPanel {
        private final VBox box = new VBox(8);

        ImportPanel(ImportViewModel vm, Messages messages) {
            box.getStyleClass().add("prompt-box");
            box.setId("import-panel");
            box.visibleProperty().bind(vm.fileProperty().isNotNull());
            box.managedProperty().bind(box.visibleProperty());
            Label file = new Label();
            file.getStyleClass().add("answer-title");
            file.textProperty().bind(vm.fileProperty().asString());
            TextField name = new TextField();
            name.setId("import-name");
            name.textProperty().bindBidirectional(vm.setNameProperty());
            ChoiceBox<ImportFormat> format = new ChoiceBox<>();
            format.setId("import-format");
            List<ImportFormat> formats = new ArrayList<>();
            formats.add(null);
            formats.addAll(List.of(ImportFormat.values()));
            format.getItems().setAll(formats);
            format.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportFormat f) {
                    return f == null ? messages.get("import.autoFormat") : f.cliName();
                }

                @Override
                public ImportFormat fromString(String s) {
                    return null;
                }
            });
            format.valueProperty().bindBidirectional(vm.formatProperty());
            Label detected = new Label();
            detected.setId("import-detected");
            detected.textProperty().bind(vm.detectedProperty());
            io.sidebench.gui.core.Layouts.wrapping(detected);
            javafx.scene.layout.FlowPane options = io.sidebench.gui.core.Layouts.flow(10,
                    io.sidebench.gui.core.Layouts.pair(new Label(messages.get("import.name")), name),
                    io.sidebench.gui.core.Layouts.pair(new Label(messages.get("import.format")), format), detected);
            javafx.scene.layout.FlowPane mapping = new javafx.scene.layout.FlowPane(12, 6);
            mapping.setId("import-columns");
            mapping.setAlignment(Pos.CENTER_LEFT);
            Label columnsLabel = new Label(messages.get("import.mapping"));
            columnsLabel.setMinWidth(Region.USE_PREF_SIZE);
            mapping.getChildren().add(columnsLabel);
            for (PromptField field : PromptField.values()) {
                mapping.getChildren().add(columnChoice(vm, messages, field));
            }
            Label error = new Label();
            error.setId("import-error");
            error.getStyleClass().add("validation");
            error.setWrapText(true);
            // the fix is said at the end of the line: wrap it, never cut it
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.textProperty().bind(vm.errorProperty());
            TableView<PromptRow> preview = table(vm.preview(), "import-preview");
            preview.setPlaceholder(new Label(messages.get("import.previewEmpty")));
            addColumns(preview, messages);
            preview.setPrefHeight(220);
            Button run = new Button(messages.get("import.run"));
            run.setId("import-run");
            run.getStyleClass().add("accent");
            run.disableProperty().bind(vm.busyProperty().or(vm.errorProperty().isNotEmpty()));
            run.setOnAction(e -> vm.importNow());
            Button cancel = new Button(messages.get("import.cancel"));
            cancel.setOnAction(e -> vm.cancel());
            HBox buttons = new HBox(8, run, cancel);
            box.getChildren().addAll(file, options, mapping, error, preview, buttons);
        }

        /** One part of a prompt and its column: automatic (the usual names), "—", or one of the file's columns. */
        private static Node columnChoice(ImportViewModel vm, Messages messages, PromptField field) {
            ComboBox<ColumnChoice> combo = new ComboBox<>();
            combo.setId("import-column-" + field.mapName());
            Runnable fill = () -> {
                List<ColumnChoice> items = new ArrayList<>(List.of(ColumnChoice.AUTO, ColumnChoice.NONE));
                vm.columns().forEach(c -> items.add(ColumnChoice.of(c)));
                ColumnChoice keep = vm.columnProperty(field).get();
                if (keep.kind() == ColumnChoice.Kind.COLUMN && !items.contains(keep)) {
                    items.add(keep);
                }
                combo.getItems().setAll(items);
                combo.setValue(null); // redraws "automatic (column)" for the new columns
                combo.setValue(keep);
            };
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(ColumnChoice c) {
                    if (c == null) {
                        return "";
                    }
                    return switch (c.kind()) {
                        case AUTO -> vm.automaticColumn(field) == null ? messages.get("import.column.autoNone")
                                : messages.format("import.column.auto", vm.automaticColumn(field));
                        case NONE -> messages.get("import.column.none");
                        case COLUMN -> c.column();
                    };
                }

                @Override
                public ColumnChoice fromString(String s) {
                    return null;
                }
            });
            vm.columns().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
            vm.columnProperty(field).addListener((o, old, now) -> {
                if (!now.equals(combo.getValue())) {
                    combo.setValue(now);
                }
            });
            combo.valueProperty().addListener((o, old, now) -> {
                if (now != null && !now.equals(vm.columnProperty(field).get())) {
                    vm.columnProperty(field).set(now);
                }
            });
            fill.run();
            Label label = new Label(GuiImportHints.fieldLabel(messages, field));
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setLabelFor(combo);
            HBox pair = new HBox(6, label, combo);
            pair.setAlignment(Pos.CENTER_LEFT);
            return pair;
        }

        Node root() {
            return box;
        }
    }
}
