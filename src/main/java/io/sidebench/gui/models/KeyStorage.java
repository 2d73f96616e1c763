package io.sidebench.gui.models;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.check.KeyVariableNames;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Stores the credentials typed on a model's card in the user's owner-only credentials file, on a worker:
 * never in the project, never in a status line (which names the variables only). A model that had no key
 * variable keeps the name it was given (the project stores only that name).
 */
final class KeyStorage {
    private KeyStorage() {
    }

    /**
     * @param keyVariable the model's key variable, {@code null} to keep the model's own
     * @param values      variable name to the text typed; blank entries are skipped
     * @param problem     receives a problem with the input (nothing is stored then)
     * @param onSaved     the model as saved and the variable names stored, on the FX thread
     */
    static void save(TaskExecutor executor, ProjectStore store, ModelServices services, Messages messages,
                     ModelConfig model, String keyVariable, Map<String, String> values, Consumer<String> problem,
                     BiConsumer<ModelConfig, String> onSaved, Consumer<Throwable> onFailure) {
        String name = keyVariable == null ? null : keyVariable.strip();
        Map<String, String> typed = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                if (!KeyVariableNames.isVariableName(e.getKey().strip())) {
                    problem.accept(messages.get("models.key.error.variable"));
                    return;
                }
                typed.put(e.getKey().strip(), e.getValue().strip());
            }
        }
        if (name != null && !KeyVariableNames.isVariableName(name)) {
            problem.accept(messages.get("models.key.error.variable"));
            return;
        }
        if (typed.isEmpty()) {
            problem.accept(messages.get("models.key.error.empty"));
            return;
        }
        ModelConfig updated = name == null || name.equals(model.apiKeyEnv()) ? model : new ModelConfig(model.id(),
                model.name(), model.provider(), model.baseUrl(), model.model(), name, model.path(), model.params(),
                model.profile(), model.connection());
        executor.submit("model-key", () -> {
            typed.forEach(services.keys()::save);
            if (updated != model) {
                store.models().update(updated);
            }
            return updated;
        }, saved -> onSaved.accept(saved, String.join(", ", typed.keySet())), onFailure);
    }
}
