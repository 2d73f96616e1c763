package io.sidebench.gui.models;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Risk;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's models and the profile of the chosen one (open weights, licence, jurisdiction, data
 * handling, prices, flexibility, community, risk register), saved through {@code store.models()}.
 */
public final class ModelsViewModel {
    /** Choices for "open weights": yes, no, unknown. */
    public enum OpenWeights { YES, NO, UNKNOWN }

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<ModelConfig> models = FXCollections.observableArrayList();
    private final ObjectProperty<ModelConfig> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<OpenWeights> openWeights = new SimpleObjectProperty<>(this, "openWeights", OpenWeights.UNKNOWN);
    private final StringProperty licence = new SimpleStringProperty(this, "licence", "");
    private final StringProperty jurisdiction = new SimpleStringProperty(this, "jurisdiction", "");
    private final StringProperty dataHandling = new SimpleStringProperty(this, "dataHandling", "");
    private final StringProperty priceIn = new SimpleStringProperty(this, "priceIn", "");
    private final StringProperty priceOut = new SimpleStringProperty(this, "priceOut", "");
    private final StringProperty flexibility = new SimpleStringProperty(this, "flexibility", "");
    private final StringProperty community = new SimpleStringProperty(this, "community", "");
    private final ObservableList<RiskRow> risks = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ParamsForm params = new ParamsForm();
    private final ConnectionForm connection;
    private final StringBinding validation;
    private final ModelServices services;
    private final ConnectionChecks checks;
    private final javafx.beans.property.ReadOnlyIntegerWrapper keysChanged =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "keysChanged");

    public ModelsViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this(store, executor, messages, ModelServices.offline());
    }

    public ModelsViewModel(ProjectStore store, TaskExecutor executor, Messages messages, ModelServices services) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.services = services;
        this.checks = new ConnectionChecks(executor, messages, services);
        this.connection = new ConnectionForm(messages);
        List<javafx.beans.Observable> deps = new ArrayList<>(List.of(priceIn, priceOut, selected,
                connection.validationProperty()));
        deps.addAll(List.of(params.dependencies()));
        this.validation = Bindings.createStringBinding(this::validate, deps.toArray(javafx.beans.Observable[]::new));
        selected.addListener((o, old, now) -> {
            if (old != null && (now == null || now.id() != old.id())) {
                saveEdits(old);
            }
            fill(now);
        });
    }

    public void load() {
        executor.submit("models", store.models()::list, list -> {
            ModelConfig keep = selected.get();
            models.setAll(list);
            selected.set(list.stream().filter(m -> keep != null && m.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::fail);
    }

    private void fill(ModelConfig m) {
        ModelProfile p = m == null ? ModelProfile.EMPTY : m.profile();
        openWeights.set(p.openWeights() == null ? OpenWeights.UNKNOWN : p.openWeights() ? OpenWeights.YES : OpenWeights.NO);
        licence.set(nz(p.licence()));
        jurisdiction.set(nz(p.jurisdiction()));
        dataHandling.set(nz(p.dataHandling()));
        priceIn.set(p.pricePerMillionInput() == null ? "" : String.valueOf(p.pricePerMillionInput()));
        priceOut.set(p.pricePerMillionOutput() == null ? "" : String.valueOf(p.pricePerMillionOutput()));
        flexibility.set(nz(p.flexibility()));
        community.set(nz(p.community()));
        risks.setAll(p.risks().stream().map(RiskRow::new).toList());
        params.fill(m == null ? null : m.params());
        connection.load(m == null ? null : m.connection());
        status.set("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String validate() {
        ModelConfig m = selected.get();
        if (m != null && !m.isBaseline()) {
            String problem = params.validate(messages);
            problem = problem.isEmpty() && m.provider() != ProviderKind.GGUF ? connection.validationProperty().get() : problem;
            if (!problem.isEmpty()) {
                return problem;
            }
        }
        return ParamsForm.isPrice(priceIn.get()) && ParamsForm.isPrice(priceOut.get()) ? ""
                : messages.get("models.error.price");
    }

    /** The profile as edited (only when {@link #validationProperty()} is empty). */
    public ModelProfile toProfile() {
        List<Risk> list = new ArrayList<>();
        for (RiskRow r : risks) {
            if (!r.categoryProperty().get().isBlank() || !r.descriptionProperty().get().isBlank()) {
                list.add(r.toRisk());
            }
        }
        Boolean open = switch (openWeights.get()) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            default -> null;
        };
        return new ModelProfile(open, blankToNull(licence.get()), blankToNull(jurisdiction.get()),
                blankToNull(dataHandling.get()), ParamsForm.decimal(priceIn.get()), ParamsForm.decimal(priceOut.get()),
                blankToNull(flexibility.get()), blankToNull(community.get()), list);
    }

    public void save() {
        ModelConfig model = selected.get();
        if (model == null) {
            return;
        }
        if (!validation.get().isEmpty()) {
            status.set(validation.get());
            return;
        }
        ModelConfig updated = edited(model);
        boolean paramsChanged = !updated.params().equals(model.params());
        executor.submit("model-profile", () -> {
            store.models().update(updated);
            return paramsChanged && store.runs().list().stream().anyMatch(r -> r.modelIds().contains(model.id()));
        }, usedBefore -> {
            ModelConfig saved = updated;
            int i = models.indexOf(model);
            if (i >= 0) {
                models.set(i, saved);
            }
            selected.set(saved);
            status.set(messages.format(usedBefore ? "models.savedUsed" : "models.saved", saved.displayName()));
        }, this::fail);
    }

    /**
     * Writes the selected model's unsaved profile, parameter and risk edits now, on the calling thread (before
     * the project closes, the window is rebuilt or the app quits; also when another model is chosen). Returns
     * "" when nothing is left unsaved, else why the edits cannot be saved.
     */
    public String saveEdits() {
        return selected.get() == null ? "" : saveEdits(selected.get());
    }

    private String saveEdits(ModelConfig model) {
        if (!validation.get().isEmpty()) {
            return messages.format("models.unsaved", model.displayName(), validation.get());
        }
        ModelConfig updated;
        try {
            updated = edited(model);
        } catch (IllegalArgumentException e) {
            return messages.format("models.unsaved", model.displayName(), e.getMessage());
        }
        if (updated.equals(model)) {
            return "";
        }
        try {
            store.models().update(updated);
        } catch (RuntimeException e) {
            return messages.format("status.error", FxTaskExecutor.reason(e));
        }
        int i = models.indexOf(model);
        if (i >= 0) {
            models.set(i, updated);
        }
        status.set(messages.format("models.saved", updated.displayName()));
        return "";
    }

    /** The model with the editor's profile, parameters, headers and query parameters. */
    private ModelConfig edited(ModelConfig model) {
        return model.isBaseline() ? model.withProfile(toProfile()) : model.withProfile(toProfile())
                .withParams(params.toParams()).withConnection(model.provider() == ProviderKind.GGUF ? model.connection()
                        : connection.toSettings());
    }

    /** Adds a model (from the form or from discovery) and selects it. */
    public void add(ModelConfig config) {
        executor.submit("model-add", () -> store.models().add(config), added -> {
            models.add(added);
            selected.set(added);
            status.set(messages.format("models.added", added.displayName()));
        }, this::fail);
    }

    /** Adds both baselines (extractive and reference), skipping names already used. */
    public void addBaselines() {
        executor.submit("model-baselines", () -> {
            List<ModelConfig> added = new ArrayList<>();
            for (ProviderKind kind : List.of(ProviderKind.BASELINE_EXTRACTIVE, ProviderKind.BASELINE_REFERENCE)) {
                String base = kind.id().replace("baseline-", "");
                if (store.models().find(base).isEmpty()) {
                    added.add(store.models().add(new ModelConfig(0, base, kind, null, null, null, null, null, null)));
                }
            }
            return added;
        }, added -> {
            models.addAll(added);
            if (!added.isEmpty()) {
                selected.set(added.get(0));
            }
            status.set(messages.format("models.baselinesAdded", added.size()));
        }, this::fail);
    }

    /** Removes a model; the store refuses while runs still use it, which is shown in the status line. */
    public void remove(ModelConfig model) {
        executor.submit("model-remove", () -> {
            store.models().remove(model.name());
            return model;
        }, gone -> {
            models.removeIf(m -> m.id() == gone.id());
            checks.forget(gone.id());
            if (selected.get() != null && selected.get().id() == gone.id()) {
                selected.set(models.isEmpty() ? null : models.get(0));
            }
            status.set(messages.format("models.removed", gone.displayName()));
        }, this::fail);
    }

    /**
     * Stores an API key for a model in the user's owner-only credentials file (never in the project, never
     * shown or logged). A model without a key variable gets {@code variable} as its key variable (the project
     * keeps only that name). The model's card shows "key set" as soon as it is stored.
     */
    public void saveKey(ModelConfig model, String variable, String key) {
        saveKeys(model, variable, java.util.Map.of(variable == null ? "" : variable.strip(), key == null ? "" : key));
    }

    /**
     * As {@link #saveKey}, for every credential a model reads (its key, Entra token, AWS keys, header variables):
     * {@code values} maps variable names to what was typed (blank entries are skipped); {@code keyVariable}
     * is the model's key variable ({@code null}: the model keeps its own).
     */
    public void saveKeys(ModelConfig model, String keyVariable, java.util.Map<String, String> values) {
        KeyStorage.save(executor, store, services, messages, model, keyVariable, values, status::set, (saved, names) -> {
            int i = indexOf(saved.id());
            if (i >= 0) {
                models.set(i, saved);
            }
            if (selected.get() != null && selected.get().id() == saved.id()) {
                selected.set(saved);
            }
            checks.forget(saved.id());
            keysChanged.set(keysChanged.get() + 1);
            status.set(messages.format("models.key.saved", names, saved.displayName()));
        }, this::fail);
    }

    /** A key variable name for a model that has none: its name in capitals, then _API_KEY. */
    public static String suggestKeyVariable(ModelConfig model) {
        String base = model.name().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return (base.isEmpty() || Character.isDigit(base.charAt(0)) ? "MODEL_" + base : base) + "_API_KEY";
    }

    /** Counts stored keys, so the cards can redraw their "key set" line. */
    public javafx.beans.property.ReadOnlyIntegerProperty keysChangedProperty() {
        return keysChanged.getReadOnlyProperty();
    }

    /** Adds a copy of a model under a new name ("qwen" -> "qwen-2"), selected so its parameters can be varied. */
    public void duplicate(ModelConfig model) {
        add(new ModelConfig(0, uniqueName(model.name()), model.provider(), model.baseUrl(), model.model(),
                model.apiKeyEnv(), model.path(), model.params(), model.profile(), model.connection()));
    }

    private int indexOf(long id) {
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** True when a model of this name exists (names are unique in a project). */
    public boolean nameTaken(String name) {
        return models.stream().anyMatch(m -> m.name().equalsIgnoreCase(name.strip()));
    }

    /** A name not yet used: {@code base}, else base-2, base-3... */
    public String uniqueName(String base) {
        String candidate = base;
        for (int i = 2; nameTaken(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    public ConnectionChecks checks() {
        return checks;
    }

    public ModelServices services() {
        return services;
    }

    public RiskRow addRisk() {
        RiskRow row = new RiskRow();
        row.categoryProperty().set(messages.get("models.newRisk"));
        risks.add(row);
        return row;
    }

    public void removeRisk(RiskRow row) {
        risks.remove(row);
    }

    private void fail(Throwable failure) {
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public ObservableList<ModelConfig> models() {
        return models;
    }

    public ObjectProperty<ModelConfig> selectedProperty() {
        return selected;
    }

    public ObjectProperty<OpenWeights> openWeightsProperty() {
        return openWeights;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public StringProperty jurisdictionProperty() {
        return jurisdiction;
    }

    public StringProperty dataHandlingProperty() {
        return dataHandling;
    }

    public StringProperty priceInProperty() {
        return priceIn;
    }

    public StringProperty priceOutProperty() {
        return priceOut;
    }

    public StringProperty flexibilityProperty() {
        return flexibility;
    }

    public StringProperty communityProperty() {
        return community;
    }

    public ObservableList<RiskRow> risks() {
        return risks;
    }

    /** The selected model's extra headers and query parameters. */
    public ConnectionForm connection() {
        return connection;
    }

    /** The selected model's generation parameters (not shown for baselines). */
    public ParamsForm params() {
        return params;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding validationProperty() {
        return validation;
    }
}
