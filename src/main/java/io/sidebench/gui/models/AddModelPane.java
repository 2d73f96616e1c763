package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.model.ProviderKind;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The add-model form, bound to an {@link AddModelViewModel}. The form scrolls; Add, Cancel and the one-line problem stay in view below it, so a
 * long form (parameters, prices) never hides the button that adds the model.
 */
final class AddModelPane extends javafx.scene.layout.BorderPane {
    private final AddModelViewModel vm;
    private final Messages messages;
    private final java.util.List<Node[]> rows = new java.util.ArrayList<>();

    AddModelPane(AddModelViewModel vm, Messages messages, FileDialogs dialogs, Consumer<AddModelViewModel> onAdd,
                 Runnable onCancel) {
        this.vm = vm;
        this.messages = messages;
        setId("add-model");
        setPadding(new Insets(0, 4, 0, 4));
        Label title = new Label(messages.get("models.add.title"));
        title.getStyleClass().add("section-title");
        ComboBox<AddModelViewModel.Source> source = new ComboBox<>(vm.sources());
        source.setId("add-source");
        source.setConverter(converter(vm::label));
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setVisibleRowCount(14);
        ComboBox<String> model = new ComboBox<>(vm.modelChoices());
        model.setId("add-model-name");
        model.setEditable(true);
        model.setMaxWidth(Double.MAX_VALUE);
        model.valueProperty().bindBidirectional(vm.modelProperty());
        model.getEditor().textProperty().addListener((o, old, now) -> {
            if (model.isFocused() || model.getEditor().isFocused()) {
                vm.modelProperty().set(now);
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        int r = 0;
        Label sourceLabel = io.sidebench.gui.core.Layouts.whole(new Label(messages.get("models.add.source")));
        form.addRow(r++, sourceLabel, source);
        rows.add(new Node[] {sourceLabel, source});
        TextField name = field("add-name", vm.nameProperty());
        name.setOnKeyTyped(e -> vm.nameEdited());
        Label nameLabel = io.sidebench.gui.core.Layouts.whole(new Label(messages.get("models.add.name")));
        form.addRow(r++, nameLabel, name);
        rows.add(new Node[] {nameLabel, name});
        BooleanBinding baseline = Bindings.createBooleanBinding(() -> kind() != null && kind().isBaseline(),
                vm.sourceProperty());
        BooleanBinding gguf = Bindings.createBooleanBinding(() -> kind() == ProviderKind.GGUF, vm.sourceProperty());
        Node url = field("add-url", vm.baseUrlProperty());
        addRow(form, r++, labelFor(ProviderFields::urlLabel), url, baseline.or(gguf));
        Button list = new Button(messages.get("models.list.ask"));
        list.setId("add-list-models");
        list.setMinWidth(Region.USE_PREF_SIZE);
        list.disableProperty().bind(vm.listingProperty());
        list.setOnAction(e -> vm.listModels());
        model.setOnShowing(e -> {
            if (vm.modelChoices().isEmpty()) {
                vm.listModels();
            }
        });
        Label listStatus = new Label();
        listStatus.setId("add-list-status");
        listStatus.getStyleClass().add("answer-meta");
        listStatus.setWrapText(true);
        listStatus.textProperty().bind(vm.listStatusProperty());
        listStatus.managedProperty().bind(listStatus.textProperty().isNotEmpty());
        HBox modelRow = new HBox(6, model, list);
        HBox.setHgrow(model, Priority.ALWAYS);
        BooleanBinding cannotList = Bindings.createBooleanBinding(() -> !vm.canList(), vm.sourceProperty());
        list.visibleProperty().bind(cannotList.not());
        list.managedProperty().bind(cannotList.not());
        addRow(form, r++, labelFor(ProviderFields::modelLabel), new VBox(2, modelRow, listStatus), baseline.or(gguf));
        for (ProviderFields.Row row : ProviderFields.build(vm, messages)) {
            addRow(form, r++, row.labelKey(), row.node(), Bindings.createBooleanBinding(() -> !row.shown().getValue(),
                    row.shown()));
        }
        TextField key = field("add-key", vm.keyEnvProperty());
        BooleanBinding noKeyField = Bindings.createBooleanBinding(() -> vm.providerForm().isPresent()
                && vm.providerForm().get().keyVariable("") == null, vm.sourceProperty(), vm.azure().authProperty());
        key.visibleProperty().bind(noKeyField.not());
        key.managedProperty().bind(noKeyField.not());
        Label keyStatus = new Label();
        keyStatus.setId("add-key-status");
        keyStatus.getStyleClass().add("answer-meta");
        keyStatus.textProperty().bind(vm.keyStatusProperty());
        keyStatus.setWrapText(true);
        javafx.beans.binding.StringBinding keyLabel = Bindings.createStringBinding(() -> messages.get(
                ProviderFields.keyLabel(kind(), vm.azure().authProperty().get())), vm.sourceProperty(),
                vm.azure().authProperty());
        addRow(form, r++, keyLabel, new VBox(2, key, keyStatus), baseline.or(gguf));
        TextField path = field("add-path", vm.pathProperty());
        Button browse = new Button(messages.get("models.add.browse"));
        browse.setId("add-browse");
        browse.setOnAction(e -> dialogs.chooseModelFile(getScene().getWindow())
                .ifPresent(p -> vm.pathProperty().set(p.toString())));
        HBox pathBox = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        addRow(form, r++, "models.add.path", pathBox, gguf.not());
        ChoiceBox<ModelsViewModel.OpenWeights> open = new ChoiceBox<>();
        open.getItems().setAll(ModelsViewModel.OpenWeights.values());
        open.setConverter(converter(o -> messages.get("models.open." + o.name().toLowerCase(Locale.ROOT))));
        open.valueProperty().bindBidirectional(vm.profile().openWeightsProperty());
        addRow(form, r++, "models.openWeights", open, baseline);
        addRow(form, r++, "models.licence", field("add-licence", vm.profile().licenceProperty()), baseline);
        addRow(form, r++, "models.jurisdiction", field("add-jurisdiction", vm.profile().jurisdictionProperty()), baseline);
        addRow(form, r++, "models.priceIn", field("add-price-in", vm.profile().priceInProperty()), baseline);
        addRow(form, r++, "models.priceOut", field("add-price-out", vm.profile().priceOutProperty()), baseline);
        Label paramsTitle = io.sidebench.gui.core.Layouts.wrapping(new Label(messages.get("models.add.params")));
        paramsTitle.getStyleClass().add("section-title");
        addRow(form, r++, (String) null, paramsTitle, baseline);
        for (var row : ParamsFields.build(vm.params(), messages, "add-").entrySet()) {
            addRow(form, r++, row.getKey(), row.getValue(), baseline);
        }
        Label connectionTitle = io.sidebench.gui.core.Layouts.wrapping(new Label(messages.get("models.headers.section")));
        connectionTitle.getStyleClass().add("section-title");
        addRow(form, r++, (String) null, connectionTitle, baseline.or(gguf));
        addRow(form, r++, (String) null, ConnectionFields.build(vm.connection(), messages, "add-"), baseline.or(gguf));
        Button add = new Button(messages.get("models.add.confirm"));
        add.setId("add-confirm");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(vm.validationProperty().isNotEmpty());
        add.setOnAction(e -> onAdd.accept(vm));
        Button cancel = new Button(messages.get("models.add.cancel"));
        cancel.setId("add-cancel");
        cancel.setOnAction(e -> onCancel.run());
        Label problem = new Label();
        problem.setId("add-problem");
        problem.getStyleClass().add("validation");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.validationProperty());
        HBox footer = new HBox(10, add, cancel, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 0, 4, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new VBox(10, title, form));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(footer);
    }

    private ProviderKind kind() {
        return vm.sourceProperty().get() == null ? null : vm.sourceProperty().get().kind();
    }

    private static TextField field(String id, StringProperty property) {
        return ParamsFields.field(id, property);
    }

    private javafx.beans.binding.StringBinding labelFor(java.util.function.Function<ProviderKind, String> key) {
        return Bindings.createStringBinding(() -> messages.get(key.apply(kind())), vm.sourceProperty());
    }

    private void addRow(GridPane form, int row, String key, Node node, BooleanBinding hidden) {
        addRow(form, row, Bindings.createStringBinding(() -> key == null ? "" : messages.get(key)), node, hidden);
    }

    private void addRow(GridPane form, int row, javafx.beans.value.ObservableStringValue text, Node node,
                        BooleanBinding hidden) {
        Label label = io.sidebench.gui.core.Layouts.whole(new Label());
        label.textProperty().bind(text);
        for (Node n : new Node[] {label, node}) {
            n.visibleProperty().bind(hidden.not());
            n.managedProperty().bind(hidden.not());
        }
        GridPane.setHgrow(node, Priority.ALWAYS);
        form.addRow(row, label, node);
        rows.add(new Node[] {label, node});
        hidden.addListener((o, was, now) -> reflow());
        reflow();
    }

    /**
     * Shown rows get consecutive indices and hidden ones go after them: a grid adds its gap after every row
     * index, even an empty one, so hidden rows in between would leave holes in the form.
     */
    private void reflow() {
        int shown = 0;
        int hidden = 1000;
        for (Node[] row : rows) {
            int index = row[1].isManaged() ? shown++ : hidden++;
            GridPane.setRowIndex(row[0], index);
            GridPane.setRowIndex(row[1], index);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
