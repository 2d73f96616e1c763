package io.sidebench.gui;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Theme;
import io.sidebench.gui.shell.NativeFileDialogs;
import io.sidebench.gui.shell.WorkflowStep;
import io.sidebench.gui.core.AppPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Walks the real window through its screens on a project and saves a screenshot of the X display after
 * each (with ImageMagick's {@code import}); run under Xvfb by {@code docs/screenshots/take.sh}.
 * Arguments: PROJECT OUTPUT_FOLDER.
 */
public final class ScreenshotTour extends Application {
    private final List<Runnable> steps = new ArrayList<>();
    private MainWindow window;
    private Stage stage;
    private Path out;
    private FxTaskExecutor executor;
    private int quiet;

    /** Started through this class, which is not an Application, so JavaFX runs from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ScreenshotTour.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path project = Path.of(getParameters().getRaw().get(0));
        out = Path.of(getParameters().getRaw().get(1));
        Files.createDirectories(out);
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "dana");
        executor = FxTaskExecutor.forMachine();
        AppContext context = new AppContext(executor, settings,
                new NativeFileDialogs(new AppPreferences(settings)));
        window = new MainWindow(context, stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1440);
        stage.setHeight(900);
        window.show();
        shot("welcome");
        steps.add(() -> window.shellModel().open(project));
        shot("objectives");
        step(WorkflowStep.DATASETS);
        shot("datasets");
        step(WorkflowStep.MODELS);
        steps.add(() -> click("#models-add"));
        shot("models");
        steps.add(() -> click("#add-cancel"));
        steps.add(() -> click("#model-card-2"));
        shot("models-edit");
        step(WorkflowStep.RUN);
        shot("run");
        step(WorkflowStep.COMPARE);
        steps.add(() -> key(KeyCode.DOWN));
        steps.add(() -> key(KeyCode.DOWN));
        steps.add(() -> key(KeyCode.DIGIT4));
        steps.add(() -> key(KeyCode.DIGIT5));
        shot("compare");
        steps.add(() -> click("#blind-toggle"));
        steps.add(() -> key(KeyCode.A));
        shot("blind");
        steps.add(() -> click("#blind-toggle"));
        steps.add(() -> click("#race-open"));
        waitFor(() -> {
            Node clock = stage.getScene().lookup("#race-clock");
            return clock instanceof javafx.scene.control.Label label
                    && Double.parseDouble(label.getText().replace(" s", "").replace(',', '.')) > 1.2;
        });
        shot("race");
        steps.add(() -> click("#race-back"));
        step(WorkflowStep.ANALYSE);
        waitFor(() -> stage.getScene().lookup("#chart-ttft-box") != null);
        shot("analyse");
        steps.add(() -> click("#analyse-score-toggle"));
        shot("analyse-score");
        steps.add(() -> click("#analyse-score-toggle"));
        step(WorkflowStep.REPORT);
        shot("report");
        steps.add(() -> click("#report-present"));
        waitFor(() -> presentation() != null && presentation().getScene().lookup("#slide-objective") != null);
        steps.add(() -> presentationKey(KeyCode.RIGHT));
        steps.add(() -> presentationKey(KeyCode.RIGHT));
        shot("presentation");
        steps.add(() -> presentationKey(KeyCode.RIGHT));
        waitFor(() -> presentation().getScene().lookup("#slide-chart-ttft-box") != null);
        shot("presentation-speed");
        steps.add(() -> presentationKey(KeyCode.RIGHT));
        steps.add(() -> presentationKey(KeyCode.RIGHT));
        shot("presentation-profiles");
        steps.add(() -> presentationKey(KeyCode.ESCAPE));
        step(WorkflowStep.COMPARE);
        steps.add(() -> window.changeTheme(Theme.DARK));
        shot("compare-dark");
        steps.add(() -> window.changeTheme(Theme.LIGHT));
        steps.add(() -> window.changeLanguage(Locale.SIMPLIFIED_CHINESE));
        step(WorkflowStep.COMPARE);
        shot("compare-zh");
        steps.add(Platform::exit);
        next();
    }

    /** A step that holds the tour until {@code condition} is true (checked every 150 ms). */
    private void waitFor(java.util.function.BooleanSupplier condition) {
        steps.add(new Runnable() {
            @Override
            public void run() {
                if (!condition.getAsBoolean()) {
                    steps.add(0, this);
                }
            }
        });
    }

    private void step(WorkflowStep step) {
        steps.add(() -> window.shellModel().stepProperty().set(step));
    }

    private void shot(String name) {
        steps.add(() -> {
            try {
                Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name + ".png").toString())
                        .inheritIO().start();
                if (p.waitFor() != 0) {
                    System.err.println("import failed for " + name);
                }
                System.out.println("saved " + out.resolve(name + ".png"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void key(KeyCode code) {
        Node target = stage.getScene().getFocusOwner();
        if (target == null) {
            target = stage.getScene().lookup("#compare-grid");
        }
        String text = code.isDigitKey() ? code.getName() : code.getName().toLowerCase(Locale.ROOT);
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, false, false, false));
    }

    private static javafx.stage.Window presentation() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() != null && "presentation".equals(w.getScene().getRoot().getId()))
                .findFirst().orElse(null);
    }

    private static void presentationKey(KeyCode code) {
        var scene = presentation().getScene();
        Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    private void click(String selector) {
        Node node = stage.getScene().lookup(selector);
        if (node instanceof ButtonBase button) {
            button.fire();
        } else if (node != null) {
            node.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
        }
    }

    /**
     * Runs the steps one by one; before each, waits until the task executor has been idle for three
     * checks 150 ms apart, so background loads have landed and been drawn.
     */
    private void next() {
        PauseTransition pause = new PauseTransition(Duration.millis(150));
        pause.setOnFinished(e -> {
            quiet = executor.pending() == 0 ? quiet + 1 : 0;
            if (quiet < 3) {
                next();
                return;
            }
            quiet = 0;
            if (!steps.isEmpty()) {
                steps.remove(0).run();
                next();
            }
        });
        pause.play();
    }
}
