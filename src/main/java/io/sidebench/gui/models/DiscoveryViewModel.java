package io.sidebench.gui.models;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Discover": running local model servers and GGUF files on this machine, each addable in one click. */
public final class DiscoveryViewModel {
    /** Something found, ready to add. */
    public record Found(String label, String detail, ModelConfig config) {
    }

    private final ModelsViewModel models;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<Found> found = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public DiscoveryViewModel(ModelsViewModel models, TaskExecutor executor, Messages messages) {
        this.models = models;
        this.executor = executor;
        this.messages = messages;
    }

    public void discover() {
        if (searching.get()) {
            return;
        }
        searching.set(true);
        status.set(messages.get("models.discover.searching"));
        ModelServices services = models.services();
        executor.submit("model-discovery", () -> {
            List<Found> list = new ArrayList<>();
            for (LocalServerDiscovery.FoundServer server : services.discovery().servers()) {
                ProviderPreset preset = services.catalogue().find(server.presetId()).orElse(null);
                for (String model : server.models()) {
                    ModelProfile profile = preset == null ? ModelProfile.EMPTY : preset.profileFor(model);
                    ModelConfig config = new ModelConfig(0, model.replaceAll(".*/", "").replace(':', '-'),
                            server.kind(), server.baseUrl(), model, null, null, null, profile);
                    list.add(new Found(model, server.name() + " \u00B7 " + server.baseUrl(), config));
                }
            }
            for (GgufModelFile file : services.discovery().ggufFiles()) {
                ModelProfile profile = new ModelProfile(true, null, "Local (this machine)", null, 0.0, 0.0, null, null,
                        List.of());
                ModelConfig config = new ModelConfig(0, file.displayName(), ProviderKind.GGUF, null, null, null,
                        file.path().toAbsolutePath().toString(), null, profile);
                list.add(new Found(file.displayName(), "GGUF \u00B7 " + file.source() + " \u00B7 "
                        + messages.number(file.sizeBytes() / 1e9, 2) + " GB", config));
            }
            return list;
        }, list -> {
            searching.set(false);
            found.setAll(list);
            status.set(list.isEmpty() ? messages.get("models.discover.none")
                    : messages.format("models.discover.found", list.size()));
        }, failure -> {
            searching.set(false);
            status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
        });
    }

    /** Adds a found model under a name not yet used in the project, and drops it from the list. */
    public void add(Found item) {
        ModelConfig c = item.config();
        models.add(new ModelConfig(0, models.uniqueName(c.name()), c.provider(), c.baseUrl(), c.model(), c.apiKeyEnv(),
                c.path(), c.params(), c.profile()));
        found.remove(item);
    }

    public ObservableList<Found> found() {
        return found;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
