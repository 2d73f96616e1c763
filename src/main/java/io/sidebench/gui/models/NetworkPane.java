package io.sidebench.gui.models;

import io.sidebench.gui.core.Layouts;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.net.NetworkChoices;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The company network settings, bound to a {@link NetworkViewModel}. */
final class NetworkPane {
    private NetworkPane() {
    }

    static Node build(NetworkViewModel vm, Messages messages, Runnable onClose) {
        Label title = new Label(messages.get("network.title"));
        title.getStyleClass().add("section-title");
        Label hint = Layouts.wrapping(new Label(messages.get("network.hint")));
        hint.getStyleClass().add("answer-meta");
        ChoiceBox<NetworkChoices.ProxyMode> mode = new ChoiceBox<>();
        mode.setId("network-mode");
        mode.getItems().setAll(NetworkChoices.ProxyMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetworkChoices.ProxyMode m) {
                return m == null ? "" : messages.get("network.mode." + m.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public NetworkChoices.ProxyMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        BooleanBinding address = vm.modeProperty().isEqualTo(NetworkChoices.ProxyMode.ADDRESS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, Layouts.whole(new Label(messages.get("network.proxy"))), mode);
        Label proxyLabel = Layouts.whole(new Label(messages.get("network.address")));
        var proxy = ParamsFields.field("network-proxy", vm.proxyProperty());
        proxy.setPromptText("proxy.example.com:8080");
        Label noProxyLabel = Layouts.whole(new Label(messages.get("network.noProxy")));
        var noProxy = ParamsFields.field("network-no-proxy", vm.noProxyProperty());
        noProxy.setPromptText("localhost, .corp.example.com");
        for (Node n : new Node[] {proxyLabel, proxy, noProxyLabel, noProxy}) {
            n.visibleProperty().bind(address);
            n.managedProperty().bind(address);
        }
        grid.addRow(1, proxyLabel, proxy);
        grid.addRow(2, noProxyLabel, noProxy);
        var bundle = ParamsFields.field("network-ca-bundle", vm.caBundleProperty());
        bundle.setPromptText("/etc/ssl/company-ca.pem");
        grid.addRow(3, Layouts.whole(new Label(messages.get("network.caBundle"))), bundle);
        CheckBox os = new CheckBox(messages.get("network.osStore"));
        os.setId("network-os-store");
        os.setWrapText(true);
        os.selectedProperty().bindBidirectional(vm.osStoreProperty());
        grid.add(os, 1, 4);
        Label found = Layouts.wrapping(new Label());
        found.setId("network-found");
        found.textProperty().bind(vm.foundProperty());
        Button check = new Button(messages.get("network.check"));
        check.setId("network-check");
        check.setOnAction(e -> vm.check());
        Button save = new Button(messages.get("network.save"));
        save.setId("network-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.validationProperty().isNotEmpty());
        save.setOnAction(e -> vm.save());
        Button close = new Button(messages.get("network.close"));
        close.setId("network-close");
        close.setOnAction(e -> onClose.run());
        Label problem = Layouts.wrapping(new Label());
        problem.getStyleClass().add("validation");
        problem.textProperty().bind(vm.validationProperty());
        Label status = Layouts.wrapping(new Label());
        status.setId("network-status");
        status.getStyleClass().add("page-status");
        status.textProperty().bind(vm.statusProperty());
        HBox footer = new HBox(10, save, check, close, problem, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 0, 4, 0));
        ScrollPane scroll = new ScrollPane(new VBox(10, title, hint, grid, found));
        scroll.setFitToWidth(true);
        BorderPane pane = new BorderPane(scroll);
        pane.setId("network-settings");
        pane.setBottom(footer);
        BorderPane.setMargin(pane, new Insets(10, 0, 0, 0));
        return pane;
    }
}
