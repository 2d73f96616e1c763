package io.sidebench.gui.run;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.run.EndpointPlan;
import io.sidebench.logic.run.Isolation;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.run.SpeedMeasurement;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The run screen's limits: speed isolation, each model's own limit (saved with the model as it is changed), and
 * the effective limit of every endpoint and model of the next run with the way its speeds will be measured,
 * recomputed whenever a choice changes.
 */
public final class RunLimits {
    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<ModelChoice> models;
    private final IntSupplier concurrency;
    private final Consumer<String> status;
    private final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(this, "isolation", Isolation.AUTO);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    RunLimits(ProjectStore store, TaskExecutor executor, Messages messages, ObservableList<ModelChoice> models,
              IntSupplier concurrency, Consumer<String> status) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.models = models;
        this.concurrency = concurrency;
        this.status = status;
        isolation.addListener((o, old, now) -> refresh());
    }

    /** Follows a model newly offered: its choice and limit change the text; a changed limit is saved. */
    void watch(ModelChoice choice) {
        choice.chosenProperty().addListener((o, old, now) -> refresh());
        choice.limitProperty().addListener((o, old, now) -> {
            refresh();
            save(choice);
        });
    }

    /** The settings the next run's plan is made with. */
    static SchedulerSettings settings(int concurrency) {
        return SchedulerSettings.of(Math.max(1, concurrency), Duration.ofSeconds(120));
    }

    private void save(ModelChoice choice) {
        ModelConfig changed = choice.withLimit();
        int n = choice.limitProperty().get();
        executor.submit("run-model-limit", () -> {
            store.models().update(changed);
            return changed;
        }, m -> status.accept(messages.format("run.modelLimitSaved", m.displayName(), n >= 1
                ? messages.format("run.modelLimitAtMost", n) : messages.get("run.modelLimitNone"))),
                failure -> status.accept(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /** Describes the endpoints and models of the next run. */
    void refresh() {
        List<ModelConfig> chosen = models.stream().filter(c -> c.chosenProperty().get()).map(ModelChoice::withLimit)
                .toList();
        if (chosen.isEmpty()) {
            text.set("");
            return;
        }
        EndpointPlan plan = EndpointPlan.of(chosen, settings(concurrency.getAsInt()), isolation.get());
        List<String> lines = new ArrayList<>();
        for (EndpointPlan.Endpoint e : plan.endpoints()) {
            List<String> names = new ArrayList<>();
            for (EndpointPlan.ModelLane l : e.models()) {
                names.add(l.cap() < e.limit() ? messages.format("run.limits.modelCap", l.model().displayName(), l.cap())
                        : l.model().displayName());
            }
            lines.add(messages.format(e.models().size() > 1 ? "run.limits.endpointShared" : "run.limits.endpoint",
                    e.endpoint(), e.limit(), String.join(", ", names)));
        }
        List<ModelConfig> isolated = plan.isolatedModels();
        if (isolated.size() > 1) {
            lines.add(messages.format("run.limits.isolated",
                    String.join(", ", isolated.stream().map(ModelConfig::displayName).toList())));
        }
        lines.add(messages.format("run.speeds", speeds(messages, plan.measurement())));
        text.set(String.join("\n", lines));
    }

    /** The sentence of a speed measurement in the screen's language ({@code null}: not recorded). */
    static String speeds(Messages messages, SpeedMeasurement m) {
        return m == null ? messages.get("run.speeds.unknown") : messages.get("run.speeds." + m.kind().name());
    }

    public ObjectProperty<Isolation> isolationProperty() {
        return isolation;
    }

    /** One line per endpoint, the models one after another, and how speeds will be measured. */
    public StringProperty textProperty() {
        return text;
    }
}
