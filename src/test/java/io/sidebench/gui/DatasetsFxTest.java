package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Imports a prompt file through the real data sets screen and searches the imported prompts. */
@ExtendWith(ApplicationExtension.class)
class DatasetsFxTest {
    @TempDir
    Path dir;
    private final StubFileDialogs dialogs = new StubFileDialogs();
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(dialogs);
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void importsAPromptFileWithPreview(FxRobot robot) throws Exception {
        Path project = dir.resolve("d.sidebench");
        ProjectStore.create(project, "D").close();
        Path jsonl = Files.writeString(dir.resolve("support.jsonl"),
                "{\"id\": \"a1\", \"prompt\": \"How do I reset my password?\", \"reference\": \"Use the link.\", \"category\": \"account\"}\n"
                + "{\"id\": \"a2\", \"prompt\": \"我的包裹在哪里？\", \"reference\": \"请查看物流链接。\", \"category\": \"shipping\"}\n");
        robot.interact(() -> window.shellModel().open(project));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-datasets");
        dialogs.next = jsonl;
        robot.clickOn("#import-choose");
        @SuppressWarnings("unchecked")
        TableView<Object> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> preview.getItems().size() == 2);
        robot.clickOn("#import-run");
        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> store.promptSets().find("support").isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#prompt-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#prompt-search").write("包裹");
        GuiTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(store.promptSets().find("support").orElseThrow().promptCount()).isEqualTo(2);
    }
}
