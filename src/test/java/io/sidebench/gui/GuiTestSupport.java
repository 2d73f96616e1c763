package io.sidebench.gui;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.MemorySettings;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window with in-memory settings and stub file choosers. */
final class GuiTestSupport {
    private GuiTestSupport() {
    }

    static AppContext context(StubFileDialogs dialogs) {
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "tester");
        return new AppContext(new FxTaskExecutor(2), settings, dialogs);
    }

    static MainWindow show(AppContext context, Stage stage) {
        MainWindow window = new MainWindow(context, stage);
        window.show();
        return window;
    }

    /** As {@link #show(AppContext, Stage)}, with {@code exit} run where the app would call {@code Platform.exit}. */
    static MainWindow show(AppContext context, Stage stage, Runnable exit) {
        MainWindow window = new MainWindow(context, stage, exit);
        window.show();
        return window;
    }

    /** The focus owner and status lines of the window, for failure messages. */
    static String describe(javafx.stage.Window window) {
        var scene = window.getScene();
        StringBuilder out = new StringBuilder("focus=" + scene.getFocusOwner());
        for (String id : new String[] {"#status", "#compare-status", "#annotation-status", "#blind-status"}) {
            var node = scene.lookup(id);
            if (node instanceof javafx.scene.control.Label label) {
                out.append(' ').append(id).append("='").append(label.getText()).append('\'');
            }
        }
        return out.toString();
    }

    /** Closes the context (and its open project) on the FX thread, as the app does. */
    static void closeOnFx(AppContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(context::close).get(20, TimeUnit.SECONDS);
    }

    /** Waits (without sleeping) until {@code condition} holds on the FX thread. */
    static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, () -> "");
    }

    /** As {@link #waitUntil(BooleanSupplier)}, adding {@code state} to the failure message. */
    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s; " + state.get(), e);
        }
    }
}
