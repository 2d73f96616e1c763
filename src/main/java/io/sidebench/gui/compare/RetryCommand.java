package io.sidebench.gui.compare;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Retry this cell": one retry at a time on a worker, then a status line saying what really happened (an
 * answer received, a failure again with its reason, or why nothing was sent) and a reload of the grid.
 */
final class RetryCommand {
    private final CellRetrier retrier;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<String> status;
    private final Runnable reload;
    private final BooleanProperty retrying = new SimpleBooleanProperty(this, "retrying");

    RetryCommand(CellRetrier retrier, TaskExecutor executor, Messages messages, Consumer<String> status,
                 Runnable reload) {
        this.retrier = retrier;
        this.executor = executor;
        this.messages = messages;
        this.status = status;
        this.reload = reload;
    }

    boolean available() {
        return retrier != null;
    }

    BooleanProperty retryingProperty() {
        return retrying;
    }

    /** Retries {@code cell}; {@code modelName} and {@code promptKey} name it in the messages. */
    void retry(CellKey cell, String modelName, String promptKey) {
        if (retrier == null || retrying.get()) {
            return;
        }
        retrying.set(true);
        status.accept(messages.format("compare.retrying", modelName, promptKey));
        executor.submit("compare-retry", () -> retrier.retry(cell), done -> {
            retrying.set(false);
            status.accept(message(done, modelName, promptKey));
            reload.run();
        }, failure -> {
            retrying.set(false);
            status.accept(messages.format("compare.retryError", modelName, promptKey, FxTaskExecutor.reason(failure)));
        });
    }

    private String message(CellRetrier.Outcome done, String name, String key) {
        Completion c = done.completion();
        return switch (done.kind()) {
            case ANSWERED -> messages.format("compare.retryOk", name, key);
            case FROM_CACHE -> messages.format("compare.retryCached", name, key);
            case FAILED_AGAIN -> messages.format("compare.retryFailed", name, key,
                    c == null || c.error() == null ? "" : c.error().lines().findFirst().orElse(""));
            case ALREADY_ANSWERED -> messages.format("compare.retryAlready", name, key);
            case NOT_SENT -> done.reason() == null || done.reason().isBlank()
                    ? messages.format("compare.retryNotInRun", name, key)
                    : messages.format("compare.retryNotSent", name, key, done.reason());
        };
    }
}
