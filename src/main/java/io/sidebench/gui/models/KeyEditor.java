package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Entering a model's API key on its card: the key variable's name (editable only while the model has
 * none) and a password field whose text is never shown, logged or kept after saving. Saving goes through
 * {@link ModelsViewModel#saveKey} into the user's owner-only credentials file.
 */
final class KeyEditor {
    private final ModelsViewModel vm;
    private final TextField variable = new TextField();
    private final PasswordField key = new PasswordField();
    private final VBox root;
    private Long openFor;

    KeyEditor(ModelsViewModel vm, Messages messages, Runnable redraw) {
        this.vm = vm;
        variable.setId("model-key-variable");
        variable.setPromptText("OPENAI_API_KEY");
        key.setId("model-key-value");
        key.setPromptText(messages.get("models.key.value"));
        HBox.setHgrow(key, Priority.ALWAYS);
        Button save = new Button(messages.get("models.key.save"));
        save.setId("model-key-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(key.textProperty().isEmpty().or(variable.textProperty().isEmpty()));
        Button cancel = new Button(messages.get("models.key.cancel"));
        cancel.setId("model-key-cancel");
        cancel.setOnAction(e -> {
            close();
            redraw.run();
        });
        Label hint = new Label(messages.get("models.key.hint"));
        hint.getStyleClass().add("answer-meta");
        hint.setWrapText(true);
        HBox buttons = new HBox(6, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, new Label(messages.get("models.key.variable")), variable,
                new Label(messages.get("models.key.value")), key, hint, buttons);
        root.setId("model-key-editor");
        save.setOnAction(e -> {
            ModelConfig model = vm.models().stream().filter(m -> openFor != null && m.id() == openFor).findFirst()
                    .orElse(null);
            if (model != null) {
                String value = key.getText();
                key.clear();
                vm.saveKey(model, variable.getText(), value);
            }
        });
        key.setOnAction(e -> save.fire());
    }

    /** Models that send a key: OpenAI-compatible servers and the hosted APIs (not local files or baselines). */
    static boolean takesKey(ModelConfig m) {
        ProviderKind kind = m.provider();
        return kind == ProviderKind.OPENAI_COMPATIBLE || kind == ProviderKind.ANTHROPIC || kind == ProviderKind.GEMINI;
    }

    void open(ModelConfig m) {
        openFor = m.id();
        boolean named = m.apiKeyEnv() != null && !m.apiKeyEnv().isBlank();
        variable.setText(named ? m.apiKeyEnv() : ModelsViewModel.suggestKeyVariable(m));
        variable.setEditable(!named);
        key.clear();
    }

    boolean isOpenFor(ModelConfig m) {
        return openFor != null && openFor == m.id();
    }

    void close() {
        openFor = null;
        key.clear();
    }

    Node root() {
        return root;
    }
}
