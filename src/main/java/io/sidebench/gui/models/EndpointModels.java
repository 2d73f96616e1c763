package io.sidebench.gui.models;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.model.ProviderKind;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Asks an endpoint for the models it offers, in the background: only the newest request's answer counts,
 * and the status line says how many were found or, in a person's words, why the endpoint could not list.
 */
final class EndpointModels {
    private final TaskExecutor executor;
    private final ModelServices.Listing listing;
    private final Messages messages;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private int generation;

    EndpointModels(TaskExecutor executor, ModelServices.Listing listing, Messages messages) {
        this.executor = executor;
        this.listing = listing;
        this.messages = messages;
    }

    boolean available() {
        return executor != null && listing != null;
    }

    void list(ProviderKind kind, String baseUrl, String keyVariable, Consumer<List<String>> onNames) {
        if (!available()) {
            return;
        }
        int gen = ++generation;
        busy.set(true);
        status.set(messages.get("models.list.running"));
        executor.submit("model-list", () -> listing.list(kind, baseUrl, keyVariable), names -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            onNames.accept(names);
            status.set(names.isEmpty() ? messages.get("models.list.none")
                    : messages.format("models.list.found", names.size()));
        }, failure -> {
            if (gen == generation) {
                busy.set(false);
                status.set(messages.format("models.list.failed", FxTaskExecutor.reason(failure)));
            }
        });
    }

    /** Forgets a request in flight and the last status (the form changed source). */
    void clear() {
        generation++;
        busy.set(false);
        status.set("");
    }

    StringProperty status() {
        return status;
    }

    BooleanProperty busy() {
        return busy;
    }
}
