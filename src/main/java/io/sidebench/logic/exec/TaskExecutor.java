package io.sidebench.logic.exec;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way Sidebench runs background work. The work runs off the UI thread; its callbacks are
 * delivered on the thread the implementation defines (the FX thread in the app, the calling thread in
 * tests and the CLI). Implementations: {@link SameThreadTaskExecutor} for tests and the CLI, the FX
 * executor in the gui package for the app.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Runs {@code work} in the background, then hands its result to {@code onSuccess} or its failure to
     * {@code onFailure} on the callback thread.
     */
    <T> TaskHandle submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the callback thread (the FX thread in the app). */
    void onCallbackThread(Runnable action);

    @Override
    void close();

    /** Lets the submitter cancel work it no longer needs. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
