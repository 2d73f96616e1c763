package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.ProviderKind;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The controls of the Azure, Bedrock and Vertex settings forms, each row shown only while its provider (and,
 * for Azure's token rows, its auth mode) is chosen; and the labels the shared rows take per provider.
 */
final class ProviderFields {
    /** A row: its label's message key, its control, and when it is shown. */
    record Row(String labelKey, Node node, ObservableValue<Boolean> shown) {
    }

    private ProviderFields() {
    }

    static List<Row> build(AddModelViewModel vm, Messages messages) {
        BooleanBinding azure = is(vm, ProviderKind.AZURE_OPENAI);
        BooleanBinding entra = azure.and(vm.azure().authProperty().isEqualTo(AzureForm.Auth.ENTRA));
        AzureForm a = vm.azure();
        TextField version = ParamsFields.field("add-azure-api-version", a.apiVersionProperty());
        ChoiceBox<AzureForm.Auth> auth = choice("add-azure-auth", AzureForm.Auth.values(), messages, "models.azure.auth.");
        auth.valueProperty().bindBidirectional(a.authProperty());
        TextField tokenEnv = ParamsFields.field("add-azure-token-env", a.tokenEnvProperty());
        TextField tokenCommand = ParamsFields.field("add-azure-token-command", a.tokenCommandProperty());
        tokenCommand.setPromptText("az account get-access-token --resource https://cognitiveservices.azure.com "
                + "--query accessToken -o tsv");
        TextField region = ParamsFields.field("add-bedrock-region", vm.bedrock().regionProperty());
        region.setPromptText("us-east-1");
        BooleanBinding vertex = is(vm, ProviderKind.VERTEX);
        TextField project = ParamsFields.field("add-vertex-project", vm.vertex().projectProperty());
        TextField location = ParamsFields.field("add-vertex-location", vm.vertex().locationProperty());
        location.setPromptText(VertexForm.DEFAULT_LOCATION);
        ChoiceBox<VertexForm.Api> api = choice("add-vertex-api", VertexForm.Api.values(), messages, "models.vertex.api.");
        api.valueProperty().bindBidirectional(vm.vertex().apiProperty());
        return List.of(new Row("models.azure.apiVersion", version, azure), new Row("models.azure.auth", auth, azure),
                new Row("models.azure.tokenEnv", tokenEnv, entra), new Row("models.azure.tokenCommand", tokenCommand, entra),
                new Row("models.bedrock.region", region, is(vm, ProviderKind.BEDROCK)),
                new Row("models.vertex.project", project, vertex), new Row("models.vertex.location", location, vertex),
                new Row("models.vertex.api", api, vertex));
    }

    /** The base URL row's label key for a provider. */
    static String urlLabel(ProviderKind kind) {
        return switch (kind == null ? ProviderKind.OPENAI_COMPATIBLE : kind) {
            case AZURE_OPENAI -> "models.azure.endpoint";
            case BEDROCK, VERTEX -> "models.add.endpointOptional";
            default -> "models.add.baseUrl";
        };
    }

    /** The model row's label key for a provider. */
    static String modelLabel(ProviderKind kind) {
        return switch (kind == null ? ProviderKind.OPENAI_COMPATIBLE : kind) {
            case AZURE_OPENAI -> "models.azure.deployment";
            case BEDROCK -> "models.bedrock.model";
            default -> "models.add.model";
        };
    }

    /** The key row's label key: a key variable, or the credentials found (Bedrock, Vertex, Entra ID). */
    static String keyLabel(ProviderKind kind, AzureForm.Auth auth) {
        return kind == ProviderKind.BEDROCK || kind == ProviderKind.VERTEX
                || kind == ProviderKind.AZURE_OPENAI && auth == AzureForm.Auth.ENTRA ? "models.add.credentials"
                : "models.add.keyEnv";
    }

    private static BooleanBinding is(AddModelViewModel vm, ProviderKind kind) {
        return Bindings.createBooleanBinding(() -> vm.sourceProperty().get() != null
                && vm.sourceProperty().get().kind() == kind, vm.sourceProperty());
    }

    private static <T extends Enum<T>> ChoiceBox<T> choice(String id, T[] values, Messages messages, String prefix) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(prefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
