package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Defect 4: no edit is lost by quitting. Objectives are saved as the user types; the Models profile editor
 * and risk register are written before the app quits, the window closes or another project opens; edits that
 * cannot be saved make the app ask first.
 */
@ExtendWith(ApplicationExtension.class)
class QuitKeepsEditsFxTest {
    @TempDir
    Path dir;
    private final StubFileDialogs dialogs = new StubFileDialogs();
    private final AtomicInteger exits = new AtomicInteger();
    private AppContext context;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = GuiTestSupport.context(dialogs);
        window = GuiTestSupport.show(context, stage, exits::incrementAndGet);
    }

    private Path openProject(FxRobot robot) {
        Path file = dir.resolve("edits.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Before")) {
            store.models().add(new ModelConfig(0, "extractive", ProviderKind.BASELINE_EXTRACTIVE, null, null, null,
                    null, null, null));
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> robot.lookup("#objectives-title").tryQuery()
                .map(n -> ((TextField) n).getText().equals("Before")).orElse(false));
        return file;
    }

    /** What the app does after Platform.exit: stop() closes the context. */
    private void stopApp() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void ctrlQKeepsWhatWasTypedInObjectivesAndTheModelProfile(FxRobot robot) throws Exception {
        Path file = openProject(robot);
        robot.doubleClickOn("#objectives-title").write("After the edit");
        robot.clickOn("#objectives-goal").write("Plain language");

        robot.clickOn("#rail-models");
        GuiTestSupport.waitUntil(() -> robot.lookup("#profile-licence").tryQuery().isPresent()
                && !robot.lookup("#profile-licence").query().isDisabled());
        robot.clickOn("#profile-licence").write("Apache-2.0");
        robot.clickOn("#risk-add");
        // a risk description typed into its cell, not confirmed with Enter
        javafx.scene.control.TableView<?> risks = robot.lookup("#risk-table").queryAs(javafx.scene.control.TableView.class);
        robot.doubleClickOn((javafx.scene.Node) robot.lookup("#risk-table .table-row-cell .table-cell").nth(1).query());
        GuiTestSupport.waitUntil(() -> risks.getEditingCell() != null);
        robot.write("Sends data abroad");

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        GuiTestSupport.waitUntil(() -> exits.get() == 1);
        stopApp();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.meta().objectives().title()).isEqualTo("After the edit");
            assertThat(store.meta().objectives().goal()).isEqualTo("Plain language");
            ModelConfig model = store.models().find("extractive").orElseThrow();
            assertThat(model.profile().licence()).isEqualTo("Apache-2.0");
            assertThat(model.profile().risks()).hasSize(1);
            assertThat(model.profile().risks().get(0).description()).isEqualTo("Sends data abroad");
        }
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void closingTheWindowAsksAboutEditsThatCannotBeSavedAndGoesBackToThem(FxRobot robot) throws Exception {
        Path file = openProject(robot);
        robot.clickOn("#rubric-add-numeric");
        robot.doubleClickOn("#objectives-title").eraseText(6);
        robot.clickOn("#rail-models");

        dialogs.discard = false;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0)).contains("Objectives").contains("title");
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#objectives-screen").tryQuery()).isPresent();

        robot.clickOn("#objectives-title").write("Fixed");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.asked).hasSize(1);
        stopApp();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.meta().objectives().title()).isEqualTo("Fixed");
            assertThat(store.meta().objectives().rubric()).hasSize(1);
        }
    }

    @Test
    void openingAnotherProjectKeepsTheEditsOfTheFirst(FxRobot robot) throws Exception {
        Path file = openProject(robot);
        robot.doubleClickOn("#objectives-title").write("Kept");
        Path other = dir.resolve("other.sidebench");
        ProjectStore.create(other, "Other").close();
        dialogs.next = other;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        GuiTestSupport.waitUntil(() -> context.session().current().map(s -> s.file().equals(other)).orElse(false));
        stopApp();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.meta().objectives().title()).isEqualTo("Kept");
        }
    }

    @Test
    void aCommentTypedWithoutEnterIsKeptOnQuit(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.sidebench");
        long runId;
        try (ProjectStore store = DemoProject.seed(file, 6, 2)) {
            runId = store.runs().list().get(0).id();
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> robot.lookup("#objectives-screen").tryQuery().isPresent());
        robot.clickOn("#rail-compare");
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-ok").tryQuery().isPresent());
        robot.clickOn((javafx.scene.Node) robot.lookup(".grid-cell-ok").nth(1).query());
        GuiTestSupport.waitUntil(() -> !robot.lookup("#annotation-panel").query().isDisabled());
        robot.clickOn("#comment-input").write("half typed");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        GuiTestSupport.waitUntil(() -> exits.get() == 1);
        stopApp();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.annotations().forRun(runId)).extracting(a -> a.comment()).contains("half typed");
        }
    }
}
