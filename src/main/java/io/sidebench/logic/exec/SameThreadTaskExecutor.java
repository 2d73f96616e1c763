package io.sidebench.logic.exec;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for tests and the command line. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(String name, Callable<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return DONE;
        }
        onSuccess.accept(result);
        return DONE;
    }

    @Override
    public void onCallbackThread(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static final TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
