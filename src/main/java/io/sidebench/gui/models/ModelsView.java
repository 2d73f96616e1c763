package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.gui.shell.Screen;
import io.sidebench.model.ModelConfig;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Model cards on the left; the chosen model's profile and risk register on the right. */
public final class ModelsView implements Screen {
    private final ModelsViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox cards = new VBox(8);
    private final VBox foundBox = new VBox(4);
    private final DiscoveryViewModel discovery;
    private final AddModelViewModel form;
    private final BorderPane editor = new BorderPane();
    private final AddModelPane addPane;
    private final KeyEditor keyEditor;
    private final NetworkViewModel networkModel;
    private final Node networkPane;

    public ModelsView(ModelsViewModel vm, Messages messages, FileDialogs dialogs, DiscoveryViewModel discovery) {
        this(vm, messages, dialogs, discovery, null, SourceMemory.inMemory());
    }

    /**
     * @param executor lists the models an endpoint offers in the background ({@code null}: no listing)
     * @param memory   keeps the last chosen preset or provider for the next "add a model"
     */
    public ModelsView(ModelsViewModel vm, Messages messages, FileDialogs dialogs, DiscoveryViewModel discovery,
                      io.sidebench.logic.exec.TaskExecutor executor, SourceMemory memory) {
        this.vm = vm;
        this.messages = messages;
        this.discovery = discovery;
        this.form = new AddModelViewModel(messages, vm.services().catalogue(), vm.services().keyIsSet(), vm::nameTaken,
                executor, vm.services().listing(), memory, vm.services().sources());
        this.keyEditor = new KeyEditor(vm, messages, this::fillCards);
        this.networkModel = new NetworkViewModel(executor, messages, vm.services().network());
        this.networkPane = NetworkPane.build(networkModel, messages, () -> root.setCenter(editor));
        root.setId("models-screen");
        root.getStyleClass().add("page");
        root.setPadding(new Insets(16));
        Label title = new Label(messages.get("step.models"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.get("models.hintAdd"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        root.setTop(new VBox(4, title, hint));
        Button addModel = new Button(messages.get("models.addModel"));
        addModel.setId("models-add");
        addModel.getStyleClass().add("accent");
        addModel.setOnAction(e -> showForm());
        Button discover = new Button(messages.get("models.discover"));
        discover.setId("models-discover");
        discover.disableProperty().bind(this.discovery.searchingProperty());
        discover.setOnAction(e -> this.discovery.discover());
        Label foundStatus = new Label();
        foundStatus.setId("models-discover-status");
        foundStatus.getStyleClass().add("answer-meta");
        foundStatus.setWrapText(true);
        foundStatus.textProperty().bind(this.discovery.statusProperty());
        foundStatus.managedProperty().bind(foundStatus.textProperty().isNotEmpty());
        foundBox.managedProperty().bind(Bindings.isNotEmpty(foundBox.getChildren()));
        Button network = new Button(messages.get("network.open"));
        network.setId("models-network");
        network.setOnAction(e -> {
            networkModel.load();
            root.setCenter(networkPane);
        });
        VBox left = new VBox(8, new javafx.scene.layout.FlowPane(8, 6, addModel, discover, network), foundStatus,
                foundBox, cards);
        ScrollPane cardScroll = new ScrollPane(left);
        cardScroll.setFitToWidth(true);
        cardScroll.setPrefWidth(330);
        BorderPane.setMargin(cardScroll, new Insets(10, 12, 0, 0));
        root.setLeft(cardScroll);
        ScrollPane editorScroll = new ScrollPane(profileEditor());
        editorScroll.setFitToWidth(true);
        editor.setCenter(editorScroll);
        editor.setBottom(saveBar());
        BorderPane.setMargin(editor, new Insets(10, 0, 0, 0));
        root.setCenter(editor);
        addPane = new AddModelPane(form, messages, dialogs, f -> {
            vm.add(f.toConfig());
            f.reset();
            root.setCenter(editor);
        }, () -> root.setCenter(editor));
        BorderPane.setMargin(addPane, new Insets(10, 0, 0, 0));
        vm.models().addListener((ListChangeListener<ModelConfig>) c -> fillCards());
        vm.selectedProperty().addListener((o, old, now) -> fillCards());
        vm.checks().results().addListener((javafx.collections.MapChangeListener<Long, String>) c -> fillCards());
        vm.keysChangedProperty().addListener((o, old, now) -> {
            keyEditor.close();
            fillCards();
        });
        this.discovery.found().addListener((ListChangeListener<DiscoveryViewModel.Found>) c -> fillFound());
        fillCards();
    }

    private void showForm() {
        form.reset();
        root.setCenter(addPane);
    }

    private void fillFound() {
        foundBox.getChildren().clear();
        int i = 0;
        for (DiscoveryViewModel.Found item : discovery.found()) {
            Button add = new Button("+ " + item.label());
            add.setId("found-" + i++);
            add.setTooltip(new javafx.scene.control.Tooltip(item.detail()));
            add.setMaxWidth(Double.MAX_VALUE);
            add.setOnAction(e -> discovery.add(item));
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("answer-meta");
            foundBox.getChildren().add(new VBox(1, add, detail));
        }
    }

    private void fillCards() {
        cards.getChildren().clear();
        if (vm.models().isEmpty()) {
            Label none = new Label(messages.get("models.emptyState"));
            none.setWrapText(true);
            none.getStyleClass().add("empty-hint");
            Button baselines = new Button(messages.get("models.useBaselines"));
            baselines.setId("models-baselines");
            baselines.setOnAction(e -> vm.addBaselines());
            cards.getChildren().addAll(none, baselines);
            return;
        }
        for (ModelConfig m : vm.models()) {
            VBox card = new VBox(3);
            card.getStyleClass().add("answer-card");
            if (vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == m.id()) {
                card.getStyleClass().add("focused-card");
            }
            card.setId("model-card-" + m.id());
            Label name = new Label(m.displayName());
            name.getStyleClass().add("answer-title");
            Label provider = new Label(m.provider().id() + (m.model() == null ? "" : " \u00B7 " + m.model()));
            provider.getStyleClass().add("answer-meta");
            Label where = new Label(m.baseUrl() != null ? m.baseUrl() : m.path() != null ? m.path() : "");
            where.getStyleClass().add("answer-meta");
            Label facts = new Label(facts(m));
            facts.getStyleClass().add("answer-meta");
            facts.setWrapText(true);
            card.getChildren().addAll(name, provider, where, facts);
            card.getChildren().addAll(CardCredentials.lines(m, vm.services(), messages));
            card.getChildren().add(cardActions(m));
            if (keyEditor.isOpenFor(m)) {
                card.getChildren().add(keyEditor.root());
            }
            card.setOnMouseClicked(e -> vm.selectedProperty().set(m));
            cards.getChildren().add(card);
        }
    }

    private Node cardActions(ModelConfig m) {
        Button test = new Button(messages.get("models.test"));
        test.setId("model-test-" + m.id());
        test.setDisable(vm.checks().running().contains(m.id()));
        test.setOnAction(e -> vm.checks().test(m));
        Button remove = new Button(messages.get("models.remove"));
        remove.setId("model-remove-" + m.id());
        remove.setOnAction(e -> vm.remove(m));
        Button duplicate = new Button(messages.get("models.duplicate"));
        duplicate.setId("model-duplicate-" + m.id());
        duplicate.setOnAction(e -> vm.duplicate(m));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 4, test, duplicate, remove);
        if (KeyEditor.takesKey(m)) {
            Button key = new Button(messages.get("models.key.enter"));
            key.setId("model-set-key-" + m.id());
            key.setOnAction(e -> {
                keyEditor.open(m);
                fillCards();
            });
            buttons.getChildren().add(1, key);
        }
        String result = vm.checks().results().get(m.id());
        if (result == null) {
            return buttons;
        }
        Label line = new Label(result);
        line.setId("model-test-result-" + m.id());
        line.setWrapText(true);
        line.getStyleClass().add(Boolean.FALSE.equals(vm.checks().succeeded().get(m.id())) ? "validation" : "answer-meta");
        return new VBox(3, buttons, line);
    }

    private String facts(ModelConfig m) {
        var p = m.profile();
        String open = p.openWeights() == null ? messages.get("models.openUnknown")
                : messages.get(p.openWeights() ? "models.openYes" : "models.openNo");
        String price = p.pricePerMillionInput() == null ? messages.get("models.priceUnknown")
                : messages.format("models.price", messages.number(p.pricePerMillionInput(), 2),
                        messages.number(p.pricePerMillionOutput() == null ? 0 : p.pricePerMillionOutput(), 2));
        return open + " \u00B7 " + (p.licence() == null ? "?" : p.licence()) + " \u00B7 " + price
                + " \u00B7 " + messages.format("models.riskCount", p.risks().size());
    }

    private Node profileEditor() {
        ChoiceBox<ModelsViewModel.OpenWeights> open = new ChoiceBox<>();
        open.getItems().setAll(ModelsViewModel.OpenWeights.values());
        open.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelsViewModel.OpenWeights o) {
                return o == null ? "" : messages.get("models.open." + o.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ModelsViewModel.OpenWeights fromString(String s) {
                return ModelsViewModel.OpenWeights.UNKNOWN;
            }
        });
        open.valueProperty().bindBidirectional(vm.openWeightsProperty());
        open.setId("profile-open");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("models.openWeights")), open);
        row(form, 1, "models.licence", "profile-licence", vm.licenceProperty());
        row(form, 2, "models.jurisdiction", "profile-jurisdiction", vm.jurisdictionProperty());
        row(form, 3, "models.dataHandling", "profile-data", vm.dataHandlingProperty());
        row(form, 4, "models.priceIn", "profile-price-in", vm.priceInProperty());
        row(form, 5, "models.priceOut", "profile-price-out", vm.priceOutProperty());
        row(form, 6, "models.flexibility", "profile-flexibility", vm.flexibilityProperty());
        row(form, 7, "models.community", "profile-community", vm.communityProperty());
        Label risksTitle = new Label(messages.get("models.risks"));
        risksTitle.getStyleClass().add("section-title");
        TableView<RiskRow> table = new TableView<>(vm.risks());
        table.setId("risk-table");
        table.setEditable(true);
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(messages.get("models.noRisks")));
        table.getColumns().add(column("models.risk.category", 120, RiskRow::categoryProperty));
        table.getColumns().add(column("models.risk.description", 240, RiskRow::descriptionProperty));
        table.getColumns().add(column("models.risk.impact", 90, RiskRow::impactProperty));
        table.getColumns().add(column("models.risk.likelihood", 90, RiskRow::likelihoodProperty));
        table.getColumns().add(column("models.risk.mitigation", 240, RiskRow::mitigationProperty));
        Button add = new Button(messages.get("models.addRisk"));
        add.setId("risk-add");
        add.setOnAction(e -> table.getSelectionModel().select(vm.addRisk()));
        Button remove = new Button(messages.get("models.removeRisk"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeRisk(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, add, remove);
        Label profileTitle = new Label(messages.get("models.profile"));
        profileTitle.getStyleClass().add("section-title");
        VBox box = new VBox(10, profileTitle, form, paramsEditor(), risksTitle, table, buttons);
        box.setPadding(new Insets(0, 4, 0, 4));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    /** Save, the first problem and the last status, always in view below the editor. */
    private Node saveBar() {
        Label problem = new Label();
        problem.getStyleClass().add("validation");
        problem.textProperty().bind(vm.validationProperty());
        Label status = new Label();
        status.getStyleClass().add("page-status");
        status.setId("models-status");
        status.textProperty().bind(vm.statusProperty());
        Button save = new Button(messages.get("action.save"));
        save.setId("profile-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.selectedProperty().isNull().or(vm.validationProperty().isNotEmpty()));
        save.setOnAction(e -> vm.save());
        HBox footer = new HBox(10, save, problem, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 4, 0, 4));
        footer.disableProperty().bind(vm.selectedProperty().isNull());
        return footer;
    }

    /** The selected model's generation parameters; not shown for baselines, which take none. */
    private Node paramsEditor() {
        Label title = new Label(messages.get("models.add.params"));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int r = 0;
        for (var row : ParamsFields.build(vm.params(), messages, "params-").entrySet()) {
            GridPane.setHgrow(row.getValue(), Priority.ALWAYS);
            grid.addRow(r++, io.sidebench.gui.core.Layouts.whole(new Label(messages.get(row.getKey()))), row.getValue());
        }
        Label connectionTitle = new Label(messages.get("models.headers.section"));
        connectionTitle.getStyleClass().add("section-title");
        VBox connection = new VBox(6, connectionTitle, ConnectionFields.build(vm.connection(), messages, "edit-"));
        var http = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().provider() != io.sidebench.model.ProviderKind.GGUF, vm.selectedProperty());
        connection.visibleProperty().bind(http);
        connection.managedProperty().bind(http);
        VBox box = new VBox(6, title, grid, connection);
        box.setId("params-editor");
        var shown = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().isBaseline(), vm.selectedProperty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private void row(GridPane form, int row, String key, String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        form.addRow(row, new Label(messages.get(key)), field);
    }

    private TableColumn<RiskRow, String> column(String key, double width, Function<RiskRow, StringProperty> value) {
        TableColumn<RiskRow, String> col = new TableColumn<>(messages.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        return col;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public String saveEdits() {
        if (root.lookup("#risk-table") instanceof javafx.scene.control.TableView<?> risks) {
            io.sidebench.gui.core.Tables.commitEditingCell(risks);
        }
        return vm.saveEdits();
    }
}
