package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.ModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Entering a model's credentials on its card, one password field per secret the model reads (see
 * {@link CredentialNeeds}: its API key, Azure's Entra ID token, Bedrock's AWS keys, gateway header
 * variables). The key variable's name is editable only while the model has none. Typed text is never
 * shown, logged or kept after saving; saving goes through {@link ModelsViewModel#saveKeys} into the
 * user's owner-only credentials file.
 */
final class KeyEditor {
    private final ModelsViewModel vm;
    private final Messages messages;
    private final TextField variable = new TextField();
    private final VBox fields = new VBox(4);
    private final List<PasswordField> secrets = new ArrayList<>();
    private final List<CredentialNeeds.Need> shown = new ArrayList<>();
    private final Button save;
    private final VBox root;
    private Long openFor;

    KeyEditor(ModelsViewModel vm, Messages messages, Runnable redraw) {
        this.vm = vm;
        this.messages = messages;
        variable.setId("model-key-variable");
        variable.setPromptText("OPENAI_API_KEY");
        save = new Button(messages.get("models.key.save"));
        save.setId("model-key-save");
        save.getStyleClass().add("accent");
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
        root = new VBox(4, fields, hint, buttons);
        root.setId("model-key-editor");
        save.setOnAction(e -> save());
    }

    /** Models that read a secret: a key, a token, AWS keys or a gateway header variable. */
    static boolean takesKey(ModelConfig m) {
        return CredentialNeeds.any(m);
    }

    private void save() {
        ModelConfig model = vm.models().stream().filter(m -> openFor != null && m.id() == openFor).findFirst()
                .orElse(null);
        if (model == null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        String keyVariable = null;
        for (int i = 0; i < shown.size(); i++) {
            CredentialNeeds.Need need = shown.get(i);
            String name = CredentialNeeds.isMainKey(need) ? variable.getText().strip() : need.variable();
            if (CredentialNeeds.isMainKey(need)) {
                keyVariable = name;
            }
            values.put(name, secrets.get(i).getText());
            secrets.get(i).clear();
        }
        vm.saveKeys(model, keyVariable, values);
    }

    void open(ModelConfig m) {
        openFor = m.id();
        fields.getChildren().clear();
        secrets.clear();
        shown.clear();
        boolean named = m.apiKeyEnv() != null && !m.apiKeyEnv().isBlank();
        int i = 0;
        for (CredentialNeeds.Need need : CredentialNeeds.of(m)) {
            PasswordField field = new PasswordField();
            // the first field keeps the id the key field always had
            field.setId(i == 0 ? "model-key-value" : "model-key-value-" + i);
            field.setPromptText(messages.get("models.key.value"));
            field.setOnAction(e -> save.fire());
            if (CredentialNeeds.isMainKey(need)) {
                variable.setText(need.variable() != null ? need.variable() : ModelsViewModel.suggestKeyVariable(m));
                variable.setEditable(!named);
                fields.getChildren().addAll(new Label(messages.get("models.key.variable")), variable,
                        new Label(messages.get("models.key.value")), field);
            } else {
                Label label = new Label(label(need));
                label.setWrapText(true);
                fields.getChildren().addAll(label, field);
            }
            secrets.add(field);
            shown.add(need);
            i++;
        }
        save.disableProperty().unbind();
        save.setDisable(false);
    }

    /** A credential's label: what it is and the variable it is stored under. */
    String label(CredentialNeeds.Need need) {
        String what = messages.format("models.need." + need.kind().name().toLowerCase(Locale.ROOT),
                need.detail() == null ? "" : need.detail());
        return messages.format(need.optional() ? "models.need.optional" : "models.need.required", what, need.variable());
    }

    boolean isOpenFor(ModelConfig m) {
        return openFor != null && openFor == m.id();
    }

    void close() {
        openFor = null;
        secrets.forEach(PasswordField::clear);
    }

    Node root() {
        return root;
    }
}
