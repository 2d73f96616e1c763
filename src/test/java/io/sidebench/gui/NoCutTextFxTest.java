package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.shell.WorkflowStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect 12: no label, button, check box, toggle, menu button or column header is cut ("Set na…") on any
 * screen at 1280×800 or 1024×700, in English or Chinese. One window visits every screen and state (welcome,
 * Objectives, Datasets with the import panel, Models with the add form and the profile editor, Run, Compare
 * with the annotation panel, Blind, Race, Analyse with the Score panel, Report, every slide of the
 * presentation), resizing in place at each, and lists every cut it finds (see {@link CutTextScanner}).
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextFxTest {
    private static final double[][] SIZES = {{1280, 800}, {1024, 700}};
    @TempDir
    Path dir;
    private final StubFileDialogs dialogs = new StubFileDialogs();
    private final List<String> problems = new ArrayList<>();
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private String lang = "en";

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = GuiTestSupport.context(dialogs);
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void noTextIsCutOnAnyScreenAtEitherSizeInEitherLanguage(FxRobot robot) throws Exception {
        Path project = dir.resolve("demo.sidebench");
        DemoProject.seed(project, 24, 4).close();
        Path csv = dir.resolve("questions.csv");
        Files.writeString(csv, "question,answer,category\n\"How do I reset my password?\",\"Use the link\",account\n"
                + "\"我忘记了密码，怎么重置？\",\"点击链接\",account\n");
        context.preferences().addRecent(project);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            lang = locale.getLanguage();
            robot.interact(() -> window.changeLanguage(locale));
            robot.interact(() -> window.shellModel().closeProject());
            check("welcome");
            robot.interact(() -> window.shellModel().open(project));
            waitFor(() -> lookup("#objectives-screen") != null);
            check("objectives");

            step(WorkflowStep.DATASETS);
            check("datasets");
            dialogs.next = csv;
            fire("#import-choose");
            waitFor(() -> lookup("#import-panel") != null);
            check("datasets import panel");

            step(WorkflowStep.MODELS);
            waitFor(() -> lookup("#params-editor") != null);
            check("models, profile editor");
            fire("#models-add");
            waitFor(() -> lookup("#add-cancel") != null);
            check("models, add form");
            fire("#add-cancel");

            step(WorkflowStep.RUN);
            check("run");

            step(WorkflowStep.COMPARE);
            waitFor(() -> lookup(".grid-cell-ok") != null);
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                TableView<Object> grid = (TableView<Object>) lookup("#compare-grid");
                grid.requestFocus();
                grid.getSelectionModel().clearAndSelect(1, grid.getColumns().get(grid.getColumns().size() - 1));
            });
            waitFor(() -> !lookup("#annotation-panel").isDisabled());
            check("compare, annotation panel");
            fire("#blind-toggle");
            waitFor(() -> lookup("#blind-prompt") != null);
            check("blind");
            fire("#blind-toggle");
            fire("#race-open");
            waitFor(() -> lookup("#race-back") != null);
            check("race");
            fire("#race-back");

            step(WorkflowStep.ANALYSE);
            waitFor(() -> lookup("#chart-ttft-box") != null);
            check("analyse");
            fire("#analyse-score-toggle");
            waitFor(() -> lookup("#score-pane") != null);
            check("analyse, score panel");
            fire("#analyse-score-toggle");

            step(WorkflowStep.REPORT);
            check("report");
            fire("#report-present");
            waitFor(() -> presentation() != null && presentation().getScene().lookup("#slide-objective") != null);
            presentSlides();
        }
        assertThat(problems).as("cut or hidden text:\n" + String.join("\n", problems)).isEmpty();
    }

    /** Every slide at the larger size going forward, then at the smaller going back (the deck window grows once). */
    private void presentSlides() {
        Stage deck = (Stage) presentation();
        walkSlides(deck, SIZES[0], KeyCode.RIGHT);
        walkSlides(deck, SIZES[1], KeyCode.LEFT);
        WaitForAsyncUtils.asyncFx(() -> key(deck, KeyCode.ESCAPE));
        idle();
    }

    private void walkSlides(Stage deck, double[] size, KeyCode direction) {
        String previous = null;
        for (int i = 0; i < 30; i++) {
            String position = ((javafx.scene.control.Label) deck.getScene().lookup("#slide-position")).getText();
            if (position.equals(previous)) {
                break;
            }
            previous = position;
            checkWindow(deck, "presentation slide " + position, size);
            WaitForAsyncUtils.asyncFx(() -> key(deck, direction));
            idle();
        }
    }

    private static void key(Stage deck, KeyCode code) {
        Event.fireEvent(deck.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                false));
    }

    private static Window presentation() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() != null
                && "presentation".equals(w.getScene().getRoot().getId())).findFirst().orElse(null);
    }

    private void check(String screen) {
        checkWindow(stage, screen);
    }

    private void checkWindow(Stage target, String screen, double[]... sizes) {
        for (double[] size : sizes.length == 0 ? SIZES : sizes) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                target.setFullScreen(false);
                target.setWidth(size[0]);
                target.setHeight(size[1]);
            });
            idle();
            String where = screen + " @" + (int) size[0] + "x" + (int) size[1] + " " + lang;
            problems.addAll(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                Scene scene = target.getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return CutTextScanner.scan(scene, where);
            }));
        }
    }

    private Node lookup(String selector) {
        return stage.getScene().lookup(selector);
    }

    private void step(WorkflowStep step) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.shellModel().stepProperty().set(step));
        idle();
    }

    private void fire(String selector) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Node node = lookup(selector);
            if (!(node instanceof ButtonBase button)) {
                throw new AssertionError("no button " + selector);
            }
            button.fire();
        });
        idle();
    }

    private void waitFor(BooleanSupplier condition) {
        GuiTestSupport.waitUntil(() -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        });
        idle();
    }

    /** Background work landed and a pulse laid it out. */
    private void idle() {
        FxTaskExecutor executor = (FxTaskExecutor) context.executor();
        GuiTestSupport.waitUntil(() -> executor.pending() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
