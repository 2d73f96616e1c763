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
    /** The annotation-only mode's screen while a package is open, else {@code null}. */
    private io.sidebench.gui.annotate.PackageView packageView;
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
            if (packageView != null) {
                packageView.model().flush();
            } else if (!shell.saveEditsOrAsk()) {
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
        shellModel.setPackageOpener(this::openPackage);
        shell = new ShellView(shellModel, context.messages(), new Screens(context), context.dialogs(), this);
        stage.titleProperty().bind(shellModel.windowTitleProperty());
    }

    /**
     * Opens an annotation package in the annotation-only mode: the window shows only its answers to rate and
     * pairs to vote on (blind), and every change is written into the package file. A file that is not a
     * package says why in the status line and changes nothing.
     */
    public void openPackage(java.nio.file.Path file) {
        context.executor().submit("package-open", () -> io.sidebench.logic.packages.PackageFile.read(file), pkg -> {
            if (packageView == null && !shell.saveEditsOrAsk()) {
                return;
            }
            if (packageView != null) {
                packageView.model().flush();
            }
            var model = new io.sidebench.gui.annotate.PackageViewModel(pkg, file, context.executor(),
                    context.messages(), java.time.Clock.systemUTC());
            packageView = new io.sidebench.gui.annotate.PackageView(model, context.messages(), this::closePackage);
            stage.titleProperty().unbind();
            stage.setTitle(model.title());
            scene.setRoot(packageView.root());
        }, failure -> shellModel.statusProperty().set(context.messages().format("package.cannotOpen",
                file.getFileName().toString(), io.sidebench.gui.core.FxTaskExecutor.reason(failure))));
    }

    /** Leaves the annotation-only mode (the package is saved): the app as it was before. */
    void closePackage() {
        if (packageView == null) {
            return;
        }
        packageView.model().flush();
        packageView = null;
        scene.setRoot(shell.root());
        stage.titleProperty().bind(shellModel.windowTitleProperty());
    }

    /** The annotation-only screen while a package is open. */
    io.sidebench.gui.annotate.PackageView packageView() {
        return packageView;
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
        if (packageView != null) {
            packageView.model().flush();
        }
        shell.dispose();
        exit.run();
    }
}
