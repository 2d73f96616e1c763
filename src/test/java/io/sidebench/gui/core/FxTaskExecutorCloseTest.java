package io.sidebench.gui.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.exec.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work asked for after the executor closed (a callback of a project opening while the app quits) is not started
 * and does not throw: the packaged app printed a RejectedExecutionException on the FX thread when it quit right
 * after its first window.
 */
class FxTaskExecutorCloseTest {
    @Test
    void workSubmittedAfterCloseIsDroppedQuietly() {
        List<Runnable> callbacks = new ArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor(1, callbacks::add);
        executor.close();
        List<String> ran = new ArrayList<>();
        TaskExecutor.TaskHandle handle = executor.submit("late", () -> "x", ran::add, e -> ran.add("failed"));
        assertThat(handle.isDone()).isTrue();
        handle.cancel();
        assertThat(executor.pending()).isZero();
        assertThat(callbacks).isEmpty();
        assertThat(ran).isEmpty();
    }
}
