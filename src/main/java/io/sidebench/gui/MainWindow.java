package io.sidebench.gui;

import io.sidebench.gui.core.Theme;
import io.sidebench.gui.shell.ShellView;
import io.sidebench.gui.shell.ShellViewModel;
import io.sidebench.gui.shell.WindowHost;
import io.sidebench.gui.shell.WorkflowStep;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Puts the shell into a stage and rebuilds it when the language changes (the project stays open). Closing
 * the window, like Quit, first lets every screen save its edits (see {@link ShellView#saveEditsOrAsk()}).
 */
public final class MainWindow implements WindowHost {
    private final AppContext context;
    private final Stage stage;
    private final Scene scene;
    private ShellViewModel shellModel;
    private ShellView shell;
    private final Runnable exit;

    public MainWindow(AppContext context, Stage stage) {
        this(context, stage, Platform::exit);
    }

    /** As the app's window, with {@code exit} in place of {@code Platform.exit} (tests stay in one toolkit). */
    MainWindow(AppContext context, Stage stage, Runnable exit) {
        this.context = context;
        this.stage = stage;
        this.exit = exit;
        build(WorkflowStep.OBJECTIVES);
        // 1280×820, or the screen's usable area when it is smaller (the window would otherwise hang off it)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(shell.root(), Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        applyTheme(context.preferences().theme());
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that was sized before (a reused one) takes the scene's size too
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!shell.saveEditsOrAsk()) {
                e.consume();
            }
        });
    }

    private void build(WorkflowStep step) {
        if (shell != null) {
            shell.dispose();
            stage.titleProperty().unbind();
        }
        shellModel = new ShellViewModel(context.session(), context.executor(), context.preferences(), context.messages());
        shellModel.stepProperty().set(step);
        shellModel.useSamples(context.samples());
        shell = new ShellView(shellModel, context.messages(), new Screens(context), context.dialogs(), this);
        stage.titleProperty().bind(shellModel.windowTitleProperty());
    }

    /** The shell shown now (rebuilt when the language changes). */
    ShellView shell() {
        return shell;
    }

    public ShellViewModel shellModel() {
        return shellModel;
    }

    public void show() {
        stage.show();
    }

    @Override
    public void changeLanguage(Locale locale) {
        context.useLocale(locale);
        build(shellModel.stepProperty().get());
        scene.setRoot(shell.root());
    }

    @Override
    public void changeTheme(Theme theme) {
        applyTheme(theme);
    }

    private void applyTheme(Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }

    @Override
    public void quit() {
        shell.dispose();
        exit.run();
    }
}
