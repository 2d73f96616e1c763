package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Objectives;
import io.sidebench.model.ScaleType;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellFxTest {
    @TempDir
    Path dir;
    private final StubFileDialogs dialogs = new StubFileDialogs();
    private AppContext context;
    private Stage stage;
    private MainWindow window;

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
    void createsAProjectAndSavesObjectivesWithARubric(FxRobot robot) {
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(robot.lookup("#rail-compare").query().isDisabled()).isTrue();
        dialogs.next = dir.resolve("trial");
        robot.clickOn("#welcome-new");
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        Path file = dir.resolve("trial.sidebench");
        assertThat(context.session().current().orElseThrow().file()).isEqualTo(file);
        GuiTestSupport.waitUntil(() -> stage.getTitle().contains("trial"));
        assertThat(context.preferences().recentProjects()).contains(file.toAbsolutePath());

        robot.lookup("#objectives-title").queryAs(TextField.class);
        robot.doubleClickOn("#objectives-title").write("Patient letters");
        robot.clickOn("#rubric-add-numeric");
        robot.clickOn("#rubric-add-passfail");
        robot.clickOn("#objectives-save");
        GuiTestSupport.waitUntil(() -> stage.getTitle().contains("Patient letters"));

        robot.interact(() -> window.changeLanguage(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(robot.lookup("#rail-objectives").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .contains("目标");
        assertThat(robot.lookup("#objectives-screen").tryQuery()).isPresent();
        robot.interact(() -> context.session().close());
        try (ProjectStore store = ProjectStore.open(file)) {
            Objectives saved = store.meta().objectives();
            assertThat(saved.title()).isEqualTo("Patient letters");
            assertThat(saved.rubric()).hasSize(2);
            assertThat(saved.rubric().get(0).scale()).isEqualTo(ScaleType.NUMERIC);
            assertThat(saved.rubric().get(1).scale()).isEqualTo(ScaleType.PASS_FAIL);
        }
    }
}
