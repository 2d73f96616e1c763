package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.catalogue.ModelLister;
import io.sidebench.logic.providers.catalogue.PresetModel;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.check.ConnectionRules;
import io.sidebench.logic.providers.check.CredentialSources;
import io.sidebench.logic.providers.check.KeyVariableNames;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "add a model" form: a catalogue preset (prefilling URL, model, key variable, prices, open weights,
 * jurisdiction) or a custom provider, the generation parameters, and their validation. Holds no secret:
 * only the NAME of the key variable, and whether it is set.
 */
public final class AddModelViewModel {
    /** One entry of the "source" list: a catalogue preset, or a custom provider kind. */
    public record Source(ProviderPreset preset, ProviderKind kind) {
        public boolean isPreset() {
            return preset != null;
        }
    }

    private final Messages messages;
    private final EndpointModels offered;
    private final Predicate<String> keyIsSet;
    private final Predicate<String> nameTaken;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<String> modelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty name = text("name");
    private final StringProperty baseUrl = text("baseUrl");
    private final StringProperty model = text("model");
    private final StringProperty keyEnv = text("keyEnv");
    private final StringProperty path = text("path");
    private final AddModelProfile profile = new AddModelProfile();
    private final ParamsForm params = new ParamsForm();
    private final ConnectionForm connection;
    private final Map<ProviderKind, ProviderForm> providerForms = new EnumMap<>(ProviderKind.class);
    private final StringBinding validation;
    private final StringBinding keyStatus;

    public AddModelViewModel(Messages messages, ProviderCatalogue catalogue, Predicate<String> keyIsSet,
                             Predicate<String> nameTaken) {
        this(messages, catalogue, keyIsSet, nameTaken, null, null, SourceMemory.inMemory(), CredentialSources.none());
    }

    /**
     * @param executor runs the model-list requests ({@code null}: no listing)
     * @param listing  asks an endpoint for its models
     * @param memory   where the last chosen source is kept, so the next form starts with it
     */
    public AddModelViewModel(Messages messages, ProviderCatalogue catalogue, Predicate<String> keyIsSet,
                             Predicate<String> nameTaken, TaskExecutor executor, ModelServices.Listing listing,
                             SourceMemory memory, CredentialSources credentials) {
        this.messages = messages;
        this.connection = new ConnectionForm(messages);
        providerForms.put(ProviderKind.AZURE_OPENAI, new AzureForm(messages, keyIsSet));
        providerForms.put(ProviderKind.BEDROCK, new BedrockForm(messages, credentials));
        providerForms.put(ProviderKind.VERTEX, new VertexForm(messages, credentials));
        this.offered = new EndpointModels(executor, listing, messages);
        this.keyIsSet = keyIsSet;
        this.nameTaken = nameTaken;
        for (ProviderPreset preset : catalogue.presets()) {
            if (offeredHere(preset.kind())) {
                sources.add(new Source(preset, preset.kind()));
            }
        }
        for (ProviderKind kind : ProviderKind.values()) {
            if (offeredHere(kind)) {
                sources.add(new Source(null, kind));
            }
        }
        source.addListener((o, old, now) -> {
            applySource(now);
            if (now != null) {
                memory.remember(sourceId(now));
            }
        });
        model.addListener((o, old, now) -> applyPresetModel(now));
        List<Observable> all = new ArrayList<>(List.of(source, name, baseUrl, model, keyEnv, path));
        all.addAll(List.of(profile.dependencies()));
        all.addAll(List.of(params.dependencies()));
        all.addAll(List.of(connection.dependencies()));
        List<Observable> forKey = new ArrayList<>(List.of(keyEnv, source));
        for (ProviderForm f : providerForms.values()) {
            all.addAll(List.of(f.dependencies()));
            forKey.addAll(List.of(f.dependencies()));
        }
        validation = Bindings.createStringBinding(this::validate, all.toArray(Observable[]::new));
        keyStatus = Bindings.createStringBinding(this::computeKeyStatus, forKey.toArray(Observable[]::new));
        String last = memory.last().orElse(null);
        source.set(sources.stream().filter(s -> sourceId(s).equals(last)).findFirst().orElse(sources.get(0)));
    }

    /** A source's stable name: the preset's id, or "custom:" and the provider kind. */
    public static String sourceId(Source s) {
        return s.isPreset() ? s.preset().id() : "custom:" + s.kind().id();
    }

    /** Asks the endpoint in the form for its models (OpenAI-compatible /v1/models, Ollama /api/tags). */
    public void listModels() {
        if (!canList()) {
            return;
        }
        offered.list(source.get().kind(), baseUrl.get().strip(), keyEnv.get().strip(), names -> {
            // keep the name in the box when the server offers it; else take the first the server offers
            String current = modelName();
            modelChoices.setAll(names);
            model.set(names.isEmpty() || names.contains(current) ? current : names.get(0));
        });
    }

    /** Whether the source in the form can list its models. */
    public boolean canList() {
        return offered.available() && source.get() != null && ModelLister.canList(source.get().kind());
    }

    /** The result of the last model-list request: how many were found, or why not. */
    public StringProperty listStatusProperty() {
        return offered.status();
    }

    public javafx.beans.property.BooleanProperty listingProperty() {
        return offered.busy();
    }

    private StringProperty text(String property) {
        return new SimpleStringProperty(this, property, "");
    }

    /** Label of a source in the list. */
    public String label(Source s) {
        if (s == null) {
            return "";
        }
        return s.isPreset() ? s.preset().name() + (s.preset().isLocal() ? " \u00B7 " + messages.get("models.add.local") : "")
                : messages.get("models.add.custom." + s.kind().id());
    }

    private void applySource(Source s) {
        if (s == null) {
            return;
        }
        offered.clear();
        ProviderPreset preset = s.preset();
        List<String> names = preset == null ? List.of() : preset.models().stream().map(PresetModel::name).toList();
        modelChoices.setAll(names);
        String url = preset == null || preset.baseUrl() == null ? "" : preset.baseUrl();
        // Bedrock's standard endpoint follows the region field; Azure's preset URL is a placeholder to replace
        baseUrl.set(s.kind() == ProviderKind.BEDROCK && BedrockForm.isStandardEndpoint(url) ? "" : url);
        keyEnv.set(preset == null || preset.apiKeyEnv() == null || providerForm().isPresent()
                && providerForm().get().keyVariable("") == null ? "" : preset.apiKeyEnv());
        providerForm().ifPresent(f -> f.apply(preset));
        path.set("");
        profile.apply(s.kind(), preset);
        model.set(names.isEmpty() ? "" : names.get(0));
        applyPresetModel(model.get());
        if (name.get().isBlank() || !userNamed) {
            suggestName();
        }
    }

    private boolean userNamed;

    /** Marks the name as typed by the user, so choosing another preset no longer replaces it. */
    public void nameEdited() {
        userNamed = !name.get().isBlank();
    }

    /** The model field's text; the editable combo box sets null when its choices change. */
    private String modelName() {
        return model.get() == null ? "" : model.get();
    }

    private void suggestName() {
        Source s = source.get();
        String base = s.kind().isBaseline() ? s.kind().id().replace("baseline-", "")
                : !modelName().isBlank() ? modelName().replaceAll(".*/", "").replace(':', '-')
                : s.isPreset() ? s.preset().id() : "";
        name.set(base);
    }

    private void applyPresetModel(String modelName) {
        Source s = source.get();
        if (s == null || !s.isPreset() || modelName == null) {
            return;
        }
        s.preset().model(modelName).ifPresent(profile::apply);
        if (!userNamed) {
            suggestName();
        }
    }

    private String computeKeyStatus() {
        Source s = source.get();
        String var = keyEnv.get().strip();
        if (s == null || s.kind().isBaseline() || s.kind() == ProviderKind.GGUF || s.kind() == ProviderKind.OLLAMA) {
            return "";
        }
        if (providerForm().isPresent()) {
            return providerForm().get().credentialStatus(var);
        }
        if (var.isEmpty()) {
            return messages.get("models.key.none");
        }
        if (!KeyVariableNames.isVariableName(var)) {
            return "";
        }
        return messages.format(keyIsSet.test(var) ? "models.key.set" : "models.key.missing", var);
    }

    /** The first problem with the form, in one line, or "" when it can be added. */
    String validate() {
        Source s = source.get();
        if (s == null) {
            return messages.get("models.add.error.source");
        }
        String n = name.get().strip();
        if (n.isEmpty()) {
            return messages.get("models.add.error.name");
        }
        if (nameTaken.test(n)) {
            return messages.format("models.add.error.nameTaken", n);
        }
        ProviderKind kind = s.kind();
        if (kind.isBaseline()) {
            return "";
        }
        String url = baseUrl.get().strip();
        if (providerForm().isPresent()) {
            String problem = providerForm().get().validate(url, modelName().strip(), keyEnv.get().strip());
            return problem.isEmpty() ? validateRest() : problem;
        }
        if (kind == ProviderKind.OPENAI_COMPATIBLE && url.isEmpty()) {
            return messages.get("models.add.error.url");
        }
        if (!url.isEmpty() && kind != ProviderKind.GGUF && !url.matches("(?i)https?://\\S+")) {
            return messages.get("models.add.error.url");
        }
        if (kind == ProviderKind.GGUF) {
            String file = path.get().strip();
            if (file.isEmpty() || !file.toLowerCase(Locale.ROOT).endsWith(".gguf") || !Files.isRegularFile(Path.of(file))) {
                return messages.get("models.add.error.path");
            }
        } else if (modelName().isBlank()) {
            return messages.get("models.add.error.model");
        }
        String var = keyEnv.get().strip();
        if (!var.isEmpty() && !KeyVariableNames.isVariableName(var)) {
            return messages.get("models.add.error.key");
        }
        return validateRest();
    }

    private String validateRest() {
        String problem = params.validate(messages);
        if (problem.isEmpty() && source.get().kind() != ProviderKind.GGUF) {
            problem = connection.validationProperty().get();
        }
        return problem.isEmpty() ? profile.validate(messages) : problem;
    }

    /** The settings form of the chosen provider (Azure, Bedrock, Vertex), if it has one. */
    Optional<ProviderForm> providerForm() {
        Source s = source.get();
        return s == null ? Optional.empty() : Optional.ofNullable(providerForms.get(s.kind()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The model as filled in; call only when {@link #validationProperty()} is empty. */
    public ModelConfig toConfig() {
        String problem = validate();
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
        ProviderKind kind = source.get().kind();
        String n = name.get().strip();
        if (kind.isBaseline()) {
            return new ModelConfig(0, n, kind, null, null, null, null, ModelParams.DEFAULTS, ModelProfile.EMPTY);
        }
        boolean gguf = kind == ProviderKind.GGUF;
        String file = gguf ? Path.of(path.get().strip()).toAbsolutePath().normalize().toString() : null;
        Optional<ProviderForm> form = providerForm();
        String url = blankToNull(baseUrl.get());
        String key = blankToNull(keyEnv.get());
        if (form.isPresent()) {
            url = form.get().baseUrl(url == null ? "" : url);
            key = form.get().keyVariable(key == null ? "" : key);
        }
        ConnectionSettings settings = gguf ? ConnectionSettings.NONE
                : connection.toSettings(form.map(ProviderForm::options).orElse(Map.of()));
        ModelProfile filled = ConnectionRules.withRegion(profile.toProfile(), settings);
        return new ModelConfig(0, n, kind, gguf ? null : url, gguf ? null : blankToNull(model.get()), gguf ? null : key,
                file, params.toParams(), filled, settings);
    }

    /** Empties the form for the next model, keeping the chosen source. */
    public void reset() {
        userNamed = false;
        name.set("");
        params.clear();
        connection.clear();
        applySource(source.get());
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObservableList<String> modelChoices() {
        return modelChoices;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty keyEnvProperty() {
        return keyEnv;
    }

    public StringProperty pathProperty() {
        return path;
    }

    /** Open weights, licence, jurisdiction and prices. */
    public AddModelProfile profile() {
        return profile;
    }

    /** Extra headers and query parameters. */
    public ConnectionForm connection() {
        return connection;
    }

    public AzureForm azure() {
        return (AzureForm) providerForms.get(ProviderKind.AZURE_OPENAI);
    }

    public BedrockForm bedrock() {
        return (BedrockForm) providerForms.get(ProviderKind.BEDROCK);
    }

    public VertexForm vertex() {
        return (VertexForm) providerForms.get(ProviderKind.VERTEX);
    }

    /** The generation parameters part of the form. */
    public ParamsForm params() {
        return params;
    }

    public StringBinding validationProperty() {
        return validation;
    }

    public StringBinding keyStatusProperty() {
        return keyStatus;
    }

    /** Kinds this form can configure: imported models are made by the answer import only. */
    static boolean offeredHere(ProviderKind kind) {
        return kind != ProviderKind.IMPORTED;
    }
}
