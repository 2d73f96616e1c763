package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The controls of a {@link ParamsForm}, keyed by their label's message key, ids starting with a prefix. */
final class ParamsFields {
    private ParamsFields() {
    }

    static Map<String, Node> build(ParamsForm form, Messages messages, String idPrefix) {
        Map<String, Node> rows = new LinkedHashMap<>();
        rows.put("models.add.temperature", field(idPrefix + "temperature", form.temperatureProperty()));
        rows.put("models.add.topP", field(idPrefix + "top-p", form.topPProperty()));
        rows.put("models.add.maxTokens", field(idPrefix + "max-tokens", form.maxTokensProperty()));
        rows.put("models.add.seed", field(idPrefix + "seed", form.seedProperty()));
        TextArea system = new TextArea();
        system.setId(idPrefix + "system");
        system.setPrefRowCount(2);
        system.setWrapText(true);
        system.textProperty().bindBidirectional(form.systemPromptProperty());
        rows.put("models.add.system", system);
        ChoiceBox<ParamsForm.Reasoning> reasoning = new ChoiceBox<>();
        reasoning.setId(idPrefix + "reasoning");
        reasoning.getItems().setAll(ParamsForm.Reasoning.values());
        reasoning.setConverter(new StringConverter<>() {
            @Override
            public String toString(ParamsForm.Reasoning value) {
                return value == null ? "" : messages.get("models.add.reasoning." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ParamsForm.Reasoning fromString(String s) {
                return null;
            }
        });
        reasoning.valueProperty().bindBidirectional(form.reasoningProperty());
        rows.put("models.add.reasoning", reasoning);
        return rows;
    }

    static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
