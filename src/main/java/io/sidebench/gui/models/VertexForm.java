package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.check.ConnectionRules;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.model.ConnectionSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Google Vertex AI: the project and location (where requests are processed), Gemini or the OpenAI-compatible
 * endpoint for partner and open models, and the application-default credentials file found (by path,
 * type and account, never its keys). The base URL is optional (a private endpoint or gateway).
 */
public final class VertexForm implements ProviderForm {
    /** Which Vertex API the model is reached through. */
    public enum Api { GEMINI, OPENAI }

    static final String DEFAULT_LOCATION = "us-central1";

    private final Messages messages;
    private final CredentialSources sources;
    private final StringProperty project = new SimpleStringProperty(this, "project", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final ObjectProperty<Api> api = new SimpleObjectProperty<>(this, "api", Api.GEMINI);

    VertexForm(Messages messages, CredentialSources sources) {
        this.messages = messages;
        this.sources = sources;
    }

    @Override
    public Observable[] dependencies() {
        return new Observable[] {project, location, api};
    }

    @Override
    public void apply(ProviderPreset preset) {
        CredentialSources.Google google = sources.google();
        project.set(sources.setting("GOOGLE_CLOUD_PROJECT").orElse(google.project() == null ? "" : google.project()));
        location.set(sources.setting("GOOGLE_CLOUD_REGION").orElse(DEFAULT_LOCATION));
        api.set(Api.GEMINI);
    }

    @Override
    public String validate(String url, String model, String key) {
        String p = project.get().strip();
        if (p.isEmpty()) {
            return messages.get("models.vertex.error.project");
        }
        if (!p.matches("[a-z0-9][a-z0-9.:-]*")) {
            return messages.get("models.vertex.error.projectShape");
        }
        if (!ConnectionRules.isRegion(location.get().strip())) {
            return messages.get("models.vertex.error.location");
        }
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            return messages.get("models.bedrock.error.endpoint");
        }
        return model.isEmpty() ? messages.get("models.vertex.error.model") : "";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ConnectionSettings.PROJECT_OPTION, project.get().strip());
        out.put(ConnectionSettings.REGION_OPTION, location.get().strip());
        if (api.get() == Api.OPENAI) {
            out.put(ConnectionSettings.API_OPTION, "openai");
        }
        return out;
    }

    @Override
    public String credentialStatus(String key) {
        CredentialSources.Google g = sources.google();
        String who = g.account() != null ? g.account() : g.type() != null ? g.type() : "?";
        return switch (g.source()) {
            case VARIABLE_FILE -> messages.format("models.vertex.fromVariable", g.file(), who);
            case GCLOUD_FILE -> messages.format("models.vertex.fromGcloud", g.file(), who);
            case MISSING_FILE -> messages.format("models.vertex.missingFile", g.file());
            case NONE -> messages.get("models.vertex.none");
        };
    }

    @Override
    public String keyVariable(String key) {
        return null;
    }

    public StringProperty projectProperty() {
        return project;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<Api> apiProperty() {
        return api;
    }
}
