package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.shell.WorkflowStep;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+1 to Ctrl+7 select the workflow steps from the keyboard, as the rail buttons do. */
@ExtendWith(ApplicationExtension.class)
class StepShortcutsFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(new StubFileDialogs());
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void controlAndADigitSelectThatStep(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertThat(robot.lookup("#welcome").tryQuery()).as("no project: the shortcut does nothing").isPresent();

        Path file = dir.resolve("keys.sidebench");
        try (ProjectStore ignored = DemoProject.seed(file, 6, 2)) {
            // seeded
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        GuiTestSupport.waitUntil(() -> robot.lookup("#objectives-screen").tryQuery().isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        GuiTestSupport.waitUntil(() -> window.shellModel().stepProperty().get() == WorkflowStep.COMPARE);
        assertThat(robot.lookup("#rail-compare").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        GuiTestSupport.waitUntil(() -> window.shellModel().stepProperty().get() == WorkflowStep.DATASETS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        GuiTestSupport.waitUntil(() -> window.shellModel().stepProperty().get() == WorkflowStep.REPORT);
        assertThat(robot.lookup("#rail-report").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT8);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        GuiTestSupport.waitUntil(() -> window.shellModel().stepProperty().get() == WorkflowStep.OBJECTIVES);
    }
}
