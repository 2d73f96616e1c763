package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.catalogue.ModelLister;
import io.sidebench.logic.providers.catalogue.PresetModel;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.check.KeyVariableNames;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Remembers the last chosen source (a preset id, or "custom:" and the provider kind). */
    public interface SourceMemory {
        Optional<String> last();

        void remember(String sourceId);

        /** For this form only (forgotten with it). */
        static SourceMemory inMemory() {
            String[] kept = {null};
            return new SourceMemory() {
                @Override
                public Optional<String> last() {
                    return Optional.ofNullable(kept[0]);
                }

                @Override
                public void remember(String sourceId) {
                    kept[0] = sourceId;
                }
            };
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
    private final StringProperty priceIn = text("priceIn");
    private final StringProperty priceOut = text("priceOut");
    private final ObjectProperty<ModelsViewModel.OpenWeights> openWeights =
            new SimpleObjectProperty<>(this, "openWeights", ModelsViewModel.OpenWeights.UNKNOWN);
    private final StringProperty licence = text("licence");
    private final StringProperty jurisdiction = text("jurisdiction");
    private final ParamsForm params = new ParamsForm();
    private final StringBinding validation;
    private final StringBinding keyStatus;

    public AddModelViewModel(Messages messages, ProviderCatalogue catalogue, Predicate<String> keyIsSet,
                             Predicate<String> nameTaken) {
        this(messages, catalogue, keyIsSet, nameTaken, null, null, SourceMemory.inMemory());
    }

    /**
     * @param executor runs the model-list requests ({@code null}: no listing)
     * @param listing  asks an endpoint for its models
     * @param memory   where the last chosen source is kept, so the next form starts with it
     */
    public AddModelViewModel(Messages messages, ProviderCatalogue catalogue, Predicate<String> keyIsSet,
                             Predicate<String> nameTaken, TaskExecutor executor, ModelServices.Listing listing,
                             SourceMemory memory) {
        this.messages = messages;
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
        List<Observable> all = new ArrayList<>(List.of(source, name, baseUrl, model, keyEnv, path, priceIn, priceOut));
        all.addAll(List.of(params.dependencies()));
        validation = Bindings.createStringBinding(this::validate, all.toArray(Observable[]::new));
        keyStatus = Bindings.createStringBinding(this::computeKeyStatus, keyEnv, source);
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
        baseUrl.set(preset == null || preset.baseUrl() == null ? "" : preset.baseUrl());
        keyEnv.set(preset == null || preset.apiKeyEnv() == null ? "" : preset.apiKeyEnv());
        jurisdiction.set(preset == null || preset.jurisdiction() == null ? s.kind() == ProviderKind.GGUF
                ? "Local (this machine)" : "" : preset.jurisdiction());
        path.set("");
        openWeights.set(s.kind() == ProviderKind.GGUF ? ModelsViewModel.OpenWeights.YES : ModelsViewModel.OpenWeights.UNKNOWN);
        priceIn.set(s.kind() == ProviderKind.GGUF ? "0" : "");
        priceOut.set(s.kind() == ProviderKind.GGUF ? "0" : "");
        licence.set("");
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
        s.preset().model(modelName).ifPresent(m -> {
            openWeights.set(m.openWeights() == null ? ModelsViewModel.OpenWeights.UNKNOWN
                    : m.openWeights() ? ModelsViewModel.OpenWeights.YES : ModelsViewModel.OpenWeights.NO);
            priceIn.set(m.input() == null ? "" : String.valueOf(m.input()));
            priceOut.set(m.output() == null ? "" : String.valueOf(m.output()));
            licence.set(m.licence() == null ? "" : m.licence());
        });
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
        return validateNumbers();
    }

    private String validateNumbers() {
        String problem = params.validate(messages);
        if (!problem.isEmpty()) {
            return problem;
        }
        if (!ParamsForm.isPrice(priceIn.get()) || !ParamsForm.isPrice(priceOut.get())) {
            return messages.get("models.error.price");
        }
        return "";
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
        Boolean open = switch (openWeights.get()) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            default -> null;
        };
        ModelProfile profile = new ModelProfile(open, blankToNull(licence.get()), blankToNull(jurisdiction.get()), null,
                ParamsForm.decimal(priceIn.get()), ParamsForm.decimal(priceOut.get()), null, null, new ArrayList<>());
        boolean gguf = kind == ProviderKind.GGUF;
        String file = gguf ? Path.of(path.get().strip()).toAbsolutePath().normalize().toString() : null;
        return new ModelConfig(0, n, kind, gguf ? null : blankToNull(baseUrl.get()),
                gguf ? null : blankToNull(model.get()), gguf ? null : blankToNull(keyEnv.get()), file, params.toParams(), profile);
    }

    /** Empties the form for the next model, keeping the chosen source. */
    public void reset() {
        userNamed = false;
        name.set("");
        params.clear();
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

    public StringProperty priceInProperty() {
        return priceIn;
    }

    public StringProperty priceOutProperty() {
        return priceOut;
    }

    public ObjectProperty<ModelsViewModel.OpenWeights> openWeightsProperty() {
        return openWeights;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public StringProperty jurisdictionProperty() {
        return jurisdiction;
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

    /**
     * Kinds this form can configure. Imported models are made by the answer import only; Azure, Bedrock and Vertex
     * need settings the form does not have yet (deployment and api-version, region, project and credentials), so
     * they are added with `sidebench models PROJECT add --provider …` for now.
     */
    static boolean offeredHere(ProviderKind kind) {
        return switch (kind) {
            case IMPORTED, AZURE_OPENAI, BEDROCK, VERTEX -> false;
            default -> true;
        };
    }
}
