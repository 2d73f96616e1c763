package io.sidebench.gui.models;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.providers.check.ConnectionCheck;
import io.sidebench.model.ModelConfig;
import java.time.Duration;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * "Test connection" per model card: one short request through the model clients on a worker, then the
 * time to first token and speed, or the one-line error, keyed by model id for the card to show in place.
 */
public final class ConnectionChecks {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final TaskExecutor executor;
    private final Messages messages;
    private final ModelServices services;
    private final ObservableMap<Long, String> results = FXCollections.observableHashMap();
    private final ObservableMap<Long, Boolean> succeeded = FXCollections.observableHashMap();
    private final ObservableSet<Long> running = FXCollections.observableSet();

    ConnectionChecks(TaskExecutor executor, Messages messages, ModelServices services) {
        this.executor = executor;
        this.messages = messages;
        this.services = services;
    }

    public void test(ModelConfig model) {
        String missing = missingCredential(model);
        if (missing != null) {
            // said in the screen's words (the client would name the CLI's "credentials set")
            succeeded.put(model.id(), false);
            results.put(model.id(), messages.format("models.test.failed", missing));
            return;
        }
        if (!running.add(model.id())) {
            return;
        }
        results.put(model.id(), messages.get("models.test.running"));
        executor.submit("model-test", () -> new ConnectionCheck(services.clients().get())
                .run(model, ConnectionCheck.PROMPT, TIMEOUT), outcome -> {
                    running.remove(model.id());
                    succeeded.put(model.id(), outcome.ok());
                    results.put(model.id(), describe(outcome));
                }, failure -> {
                    running.remove(model.id());
                    succeeded.put(model.id(), false);
                    results.put(model.id(), messages.format("models.test.failed", FxTaskExecutor.reason(failure)));
                });
    }

    /** Why the model cannot be called yet (a variable not set, no AWS or Google credentials), or null. */
    private String missingCredential(ModelConfig model) {
        var sources = services.sources();
        if (model.provider() == io.sidebench.model.ProviderKind.BEDROCK
                && sources.aws().source() == io.sidebench.logic.providers.check.CredentialSources.AwsSource.NONE) {
            return messages.get("models.test.noAws");
        }
        if (model.provider() == io.sidebench.model.ProviderKind.VERTEX) {
            var google = sources.google().source();
            if (google == io.sidebench.logic.providers.check.CredentialSources.GoogleSource.NONE
                    || google == io.sidebench.logic.providers.check.CredentialSources.GoogleSource.MISSING_FILE) {
                return messages.get("models.test.noGoogle");
            }
        }
        for (CredentialNeeds.Need need : CredentialNeeds.of(model)) {
            if (need.variable() != null && !need.optional() && !CredentialNeeds.isAws(need)
                    && !services.keyIsSet().test(need.variable())) {
                return messages.format("models.test.noKey", need.variable());
            }
        }
        return null;
    }

    String describe(ConnectionCheck.Outcome outcome) {
        if (!outcome.ok()) {
            return messages.format("models.test.failed", outcome.error());
        }
        String speed = outcome.tokensPerSecond() == null ? messages.get("models.test.noSpeed")
                : messages.format("models.test.speed", messages.number(outcome.tokensPerSecond(), 1));
        return messages.format("models.test.ok", messages.number(outcome.ttftMs(), 0), speed,
                messages.number(outcome.e2eMs(), 0));
    }

    void forget(long modelId) {
        results.remove(modelId);
        succeeded.remove(modelId);
    }

    /** The last result line per model id. */
    public ObservableMap<Long, String> results() {
        return results;
    }

    /** Whether the last test of a model id succeeded. */
    public ObservableMap<Long, Boolean> succeeded() {
        return succeeded;
    }

    public ObservableSet<Long> running() {
        return running;
    }
}
