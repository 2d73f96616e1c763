package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.samples.SampleProjects;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The welcome screen offers the bundled samples and opens a copy of one in a click. */
@ExtendWith(ApplicationExtension.class)
class SamplesFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private Path samples;
    private Path workspace;
    private Path recent;

    @Start
    void start(Stage stage) throws Exception {
        samples = Files.createDirectories(dir.resolve("samples"));
        workspace = dir.resolve("home/Sidebench");
        try (ProjectStore store = ProjectStore.create(samples.resolve("quiz-demo.sidebench"), "Quiz demo")) {
            store.meta();
        }
        Files.writeString(samples.resolve("notes.txt"), "not a project");
        context = GuiTestSupport.context(new StubFileDialogs());
        context.useSamples(new SampleProjects(samples, workspace));
        recent = Files.createDirectories(dir.resolve("work/trials")).resolve("letters.sidebench");
        ProjectStore.create(recent, "Letters").close();
        context.preferences().addRecent(recent);
        GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void opensACopyOfASampleFromTheWelcomeScreen(FxRobot robot) throws Exception {
        byte[] pristine = Files.readAllBytes(samples.resolve("quiz-demo.sidebench"));
        assertThat(robot.lookup("#welcome-samples .hyperlink").queryAll()).hasSize(1);
        robot.clickOn("#sample-quiz-demo");
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        ProjectStore opened = context.session().current().orElseThrow();
        assertThat(opened.file().toAbsolutePath()).isEqualTo(workspace.resolve("quiz-demo.sidebench").toAbsolutePath());
        assertThat(opened.meta().title()).isEqualTo("Quiz demo");
        assertThat(Files.readAllBytes(samples.resolve("quiz-demo.sidebench"))).isEqualTo(pristine);
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void recentProjectsShowTheirFolder(FxRobot robot) {
        var row = robot.lookup(".recent-row").queryAs(javafx.scene.layout.HBox.class);
        var link = (javafx.scene.control.Hyperlink) row.getChildren().get(0);
        var folder = (javafx.scene.control.Label) row.getChildren().get(1);
        assertThat(link.getText()).isEqualTo("letters.sidebench");
        assertThat(folder.getText()).endsWith("trials").contains("work");
        assertThat(link.getTooltip().getText()).isEqualTo(recent.toAbsolutePath().toString());
    }
}
