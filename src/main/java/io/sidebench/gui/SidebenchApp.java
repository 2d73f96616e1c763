package io.sidebench.gui;

import io.sidebench.gui.core.FxFonts;
import io.sidebench.gui.core.Messages;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. Builds the composition root, shows the main window, opens {@code --project FILE}
 * when given, and with {@code --exit-after-first-window} quits (exit code 0) once the window is shown.
 */
public final class SidebenchApp extends Application {
    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(SidebenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppArgs args = AppArgs.parse(getParameters().getRaw());
        FxFonts.ensureLoaded();
        context = AppContext.production();
        if (args.language() != null) {
            context.useLocale(Messages.supportedLocale(args.language()));
        }
        MainWindow window = new MainWindow(context, stage);
        if (args.exitAfterFirstWindow()) {
            stage.setOnShown(e -> Platform.runLater(Platform::exit));
        }
        window.show();
        if (args.project() != null) {
            window.shellModel().open(args.project());
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
