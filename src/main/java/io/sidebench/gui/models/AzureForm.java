package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.check.KeyVariableNames;
import io.sidebench.logic.providers.lc4j.AzureOpenAiClient;
import io.sidebench.logic.providers.secrets.EntraTokenSource;
import io.sidebench.model.ConnectionSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Azure OpenAI / AI Foundry: the base URL is the resource endpoint, the model the deployment name; here
 * the api-version and how to authenticate: a key in the {@code api-key} header (its variable) or a
 * Microsoft Entra ID token (from a variable, or printed by a command such as {@code az account get-access-token}).
 */
public final class AzureForm implements ProviderForm {
    /** How requests are authenticated. */
    public enum Auth { KEY, ENTRA }

    private final Messages messages;
    private final Predicate<String> isSet;
    private final StringProperty apiVersion = new SimpleStringProperty(this, "apiVersion", "");
    private final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(this, "auth", Auth.KEY);
    private final StringProperty tokenEnv = new SimpleStringProperty(this, "tokenEnv", "");
    private final StringProperty tokenCommand = new SimpleStringProperty(this, "tokenCommand", "");

    AzureForm(Messages messages, Predicate<String> isSet) {
        this.messages = messages;
        this.isSet = isSet;
    }

    @Override
    public Observable[] dependencies() {
        return new Observable[] {apiVersion, auth, tokenEnv, tokenCommand};
    }

    @Override
    public void apply(ProviderPreset preset) {
        apiVersion.set(AzureOpenAiClient.DEFAULT_API_VERSION);
        auth.set(Auth.KEY);
        tokenEnv.set(EntraTokenSource.DEFAULT_TOKEN_ENV);
        tokenCommand.set("");
    }

    @Override
    public String validate(String url, String model, String key) {
        if (url.isEmpty() || !url.matches("(?i)https?://\\S+")) {
            return messages.get("models.azure.error.endpoint");
        }
        if (url.toUpperCase(java.util.Locale.ROOT).contains("YOUR-RESOURCE")) {
            return messages.get("models.azure.error.placeholder");
        }
        if (model.isEmpty()) {
            return messages.get("models.azure.error.deployment");
        }
        if (!apiVersion.get().strip().matches("\\d{4}-\\d{2}-\\d{2}(-preview)?")) {
            return messages.get("models.azure.error.apiVersion");
        }
        if (auth.get() == Auth.ENTRA) {
            String variable = tokenEnv.get().strip();
            if (variable.isEmpty() && tokenCommand.get().isBlank()) {
                return messages.get("models.azure.error.token");
            }
            if (!variable.isEmpty() && !KeyVariableNames.isVariableName(variable)) {
                return messages.get("models.azure.error.tokenVariable");
            }
            return "";
        }
        return key.isEmpty() || KeyVariableNames.isVariableName(key) ? "" : messages.get("models.add.error.key");
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ConnectionSettings.API_VERSION_OPTION, apiVersion.get().strip());
        if (auth.get() == Auth.ENTRA) {
            out.put(ConnectionSettings.AUTH_OPTION, "entra");
            String variable = tokenEnv.get().strip();
            if (!variable.isEmpty()) {
                out.put(ConnectionSettings.TOKEN_ENV_OPTION, variable);
            } else {
                out.put(ConnectionSettings.TOKEN_COMMAND_OPTION, tokenCommand.get().strip());
            }
        }
        return out;
    }

    @Override
    public String credentialStatus(String key) {
        if (auth.get() == Auth.ENTRA) {
            String variable = tokenEnv.get().strip();
            if (variable.isEmpty()) {
                return tokenCommand.get().isBlank() ? "" : messages.get("models.azure.tokenFromCommand");
            }
            return KeyVariableNames.isVariableName(variable) ? messages.format(isSet.test(variable)
                    ? "models.azure.tokenSet" : "models.azure.tokenMissing", variable) : "";
        }
        String variable = keyVariable(key);
        return KeyVariableNames.isVariableName(variable)
                ? messages.format(isSet.test(variable) ? "models.key.set" : "models.key.missing", variable) : "";
    }

    @Override
    public String keyVariable(String key) {
        return auth.get() == Auth.ENTRA ? null : key.isEmpty() ? AzureOpenAiClient.DEFAULT_KEY_ENV : key;
    }

    public StringProperty apiVersionProperty() {
        return apiVersion;
    }

    public ObjectProperty<Auth> authProperty() {
        return auth;
    }

    public StringProperty tokenEnvProperty() {
        return tokenEnv;
    }

    public StringProperty tokenCommandProperty() {
        return tokenCommand;
    }
}
