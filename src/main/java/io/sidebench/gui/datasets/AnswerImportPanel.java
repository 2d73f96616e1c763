package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Layouts;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerField;
import io.sidebench.logic.answers.AnswerFormat;
import io.sidebench.logic.answers.ImportKind;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The panel of "Import answers…": what the file holds, format, set, run, column mapping, model columns, the
 * preview of the first records, the models, the check's summary or problems, and import/cancel with progress.
 */
final class AnswerImportPanel {
    private final VBox box = new VBox(8);
    private final AnswerImportViewModel vm;
    private final Messages messages;

    AnswerImportPanel(AnswerImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        box.getStyleClass().add("prompt-box");
        box.setId("answer-import-panel");
        box.visibleProperty().bind(vm.fileProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        var answers = vm.kindProperty().isEqualTo(ImportKind.ANSWERS);
        Label file = new Label();
        file.getStyleClass().add("answer-title");
        file.textProperty().bind(vm.fileProperty().asString());
        ChoiceBox<ImportKind> kind = choice("answer-import-kind", List.of(ImportKind.values()),
                k -> messages.get("answers.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        List<AnswerFormat> formats = new ArrayList<>();
        formats.add(null);
        formats.addAll(List.of(AnswerFormat.values()));
        ChoiceBox<AnswerFormat> format = choice("answer-import-format", formats,
                f -> f == null ? messages.get("import.autoFormat") : f.cliName());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ComboBox<String> set = new ComboBox<>(vm.sets());
        set.setId("answer-import-set");
        set.valueProperty().bindBidirectional(vm.setNameProperty());
        TextField run = new TextField();
        run.setId("answer-import-run-name");
        run.textProperty().bindBidirectional(vm.runNameProperty());
        CheckBox addMissing = new CheckBox(messages.get("answers.addMissing"));
        addMissing.setId("answer-import-add-missing");
        addMissing.selectedProperty().bindBidirectional(vm.addMissingProperty());
        ComboBox<Run> target = new ComboBox<>(vm.runs());
        target.setId("answer-import-target");
        target.setConverter(converter(r -> r == null ? "" : "#" + r.id() + " " + r.name()));
        target.valueProperty().bindBidirectional(vm.targetRunProperty());
        Node formatPair = shownWhen(Layouts.pair(new Label(messages.get("import.format")), format), answers);
        Node setPair = shownWhen(Layouts.pair(new Label(messages.get("answers.set")), set), answers);
        Node runPair = shownWhen(Layouts.pair(new Label(messages.get("answers.runName")), run), answers);
        Node targetPair = shownWhen(Layouts.pair(new Label(messages.get("answers.targetRun")), target), answers.not());
        shownWhen(addMissing, answers);
        Label detected = new Label();
        detected.setId("answer-import-detected");
        detected.textProperty().bind(vm.detectedProperty());
        Layouts.wrapping(detected);
        FlowPane options = Layouts.flow(10, Layouts.pair(new Label(messages.get("answers.kind")), kind), formatPair,
                setPair, runPair, addMissing, targetPair, detected);
        box.getChildren().addAll(file, options, mapping(answers), modelColumns(), preview(answers), models(),
                messages(), buttons());
    }

    private Node mapping(javafx.beans.binding.BooleanBinding answers) {
        FlowPane mapping = new FlowPane(12, 6);
        mapping.setId("answer-import-columns");
        mapping.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(messages.get("import.mapping"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        mapping.getChildren().add(label);
        for (AnswerField field : AnswerField.values()) {
            Node pair = columnChoice(field);
            // a wide table has only id, prompt and reference columns besides the models
            pair.visibleProperty().bind(Bindings.createBooleanBinding(() -> field.inWideTables()
                    || vm.modelColumns().isEmpty(), vm.modelColumns()));
            pair.managedProperty().bind(pair.visibleProperty());
            mapping.getChildren().add(pair);
        }
        return shownWhen(mapping, answers.and(Bindings.isNotEmpty(vm.columns())));
    }

    private Node modelColumns() {
        FlowPane pane = new FlowPane(10, 6);
        pane.setId("answer-import-model-columns");
        pane.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> {
            Label label = new Label(messages.get("answers.modelColumns"));
            label.setMinWidth(Region.USE_PREF_SIZE);
            List<Node> nodes = new ArrayList<>(List.of(label));
            for (ModelColumn m : vm.modelColumns()) {
                CheckBox box = new CheckBox(m.name());
                box.setId("answer-import-model-" + m.name());
                box.selectedProperty().bindBidirectional(m.selectedProperty());
                nodes.add(box);
            }
            pane.getChildren().setAll(nodes);
        };
        vm.modelColumns().addListener((ListChangeListener<ModelColumn>) c -> fill.run());
        fill.run();
        return shownWhen(pane, Bindings.isNotEmpty(vm.modelColumns()));
    }

    private Node preview(javafx.beans.binding.BooleanBinding answers) {
        TableView<AnswerPreviewRow> table = new TableView<>(vm.preview());
        table.setId("answer-import-preview");
        table.setFixedCellSize(28);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("answers.previewEmpty")));
        table.getColumns().add(column("answers.col.line", 60, r -> r.line()));
        table.getColumns().add(column("answers.col.prompt", 260, AnswerPreviewRow::prompt));
        table.getColumns().add(column("answers.col.model", 130, AnswerPreviewRow::model));
        table.getColumns().add(column("answers.col.turn", 70, AnswerPreviewRow::turn));
        table.getColumns().add(column("answers.col.answer", 380, AnswerPreviewRow::answer));
        table.getColumns().add(column("answers.col.speed", 200, AnswerPreviewRow::speed));
        return shownWhen(table, answers);
    }

    private <T> TableColumn<AnswerPreviewRow, T> column(String key, double width, Function<AnswerPreviewRow, T> value) {
        TableColumn<AnswerPreviewRow, T> col = new TableColumn<>(messages.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private Node models() {
        Label models = new Label();
        models.setId("answer-import-models");
        Layouts.wrapping(models);
        models.textProperty().bind(Bindings.createStringBinding(() -> vm.models().isEmpty() ? ""
                : messages.format("answers.models", String.join(", ", vm.models())), vm.models()));
        return shownWhen(models, models.textProperty().isNotEmpty());
    }

    private Node messages() {
        Label summary = new Label();
        summary.setId("answer-import-summary");
        Layouts.wrapping(summary);
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.setId("answer-import-error");
        error.getStyleClass().add("validation");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("answer-import-problems");
        problems.setPrefHeight(120);
        return new VBox(6, shownWhen(summary, summary.textProperty().isNotEmpty()),
                shownWhen(error, error.textProperty().isNotEmpty()),
                shownWhen(problems, Bindings.size(vm.problems()).greaterThan(1)));
    }

    private Node buttons() {
        Button run = new Button(messages.get("import.run"));
        run.setId("answer-import-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(vm.busyProperty().or(vm.errorProperty().isNotEmpty()).or(vm.runningProperty()));
        run.setOnAction(e -> vm.importNow());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("answer-import-cancel");
        cancel.disableProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("answer-import-progress");
        bar.progressProperty().bind(vm.progressProperty());
        shownWhen(bar, vm.runningProperty().or(vm.busyProperty()));
        Label checking = new Label(messages.get("answers.checking"));
        shownWhen(checking, vm.busyProperty());
        HBox buttons = new HBox(8, run, cancel, bar, checking);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private Node columnChoice(AnswerField field) {
        ComboBox<ColumnChoice> combo = new ComboBox<>();
        combo.setId("answer-import-column-" + field.key());
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
        combo.setConverter(converter(c -> c == null ? "" : switch (c.kind()) {
            case AUTO -> vm.automaticColumn(field) == null ? messages.get("import.column.autoNone")
                    : messages.format("import.column.auto", vm.automaticColumn(field));
            case NONE -> messages.get("import.column.none");
            case COLUMN -> c.column();
        }));
        vm.columns().addListener((ListChangeListener<String>) c -> fill.run());
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
        Label label = new Label(messages.get("answers.field." + field.key()));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(combo);
        HBox pair = new HBox(6, label, combo);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> items, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(converter(text));
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <N extends Node> N shownWhen(N node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    Node root() {
        return box;
    }
}
