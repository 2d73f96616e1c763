package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.datasets.ColumnChoice;
import io.sidebench.gui.datasets.PromptRow;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Prompt;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import's column editor: one box per part of a prompt listing the file's columns, preview live. */
@ExtendWith(ApplicationExtension.class)
class ImportColumnsFxTest {
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
    void choosesColumnsFromTheFileAndPreviewsAsItGoes(FxRobot robot) throws Exception {
        Path project = dir.resolve("c.sidebench");
        ProjectStore.create(project, "C").close();
        Path csv = Files.writeString(dir.resolve("客服.csv"), "编号,问题,标准答案,主题\n"
                + "1,我的包裹在哪里？📦,请查看物流链接。,物流\n"
                + "2,How do I reset my password?,Use the link.,account\n");
        robot.interact(() -> window.shellModel().open(project));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-datasets");
        dialogs.next = csv;
        robot.clickOn("#import-choose");
        // no column has a usual name: the error names the fix in the screen's words
        Label error = robot.lookup("#import-error").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> error.getText().contains("Prompt box"), error::getText);
        assertThat(error.getText()).doesNotContain("--map");
        @SuppressWarnings("unchecked")
        ComboBox<ColumnChoice> prompt = robot.lookup("#import-column-prompt").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<ColumnChoice> reference = robot.lookup("#import-column-reference").queryAs(ComboBox.class);
        GuiTestSupport.waitUntil(() -> prompt.getItems().contains(ColumnChoice.of("问题")));
        assertThat(prompt.getItems()).containsExactly(ColumnChoice.AUTO, ColumnChoice.NONE, ColumnChoice.of("编号"),
                ColumnChoice.of("问题"), ColumnChoice.of("标准答案"), ColumnChoice.of("主题"));
        assertThat(prompt.getConverter().toString(ColumnChoice.NONE)).isEqualTo("—");
        assertThat(prompt.getConverter().toString(ColumnChoice.AUTO)).isEqualTo("automatic (none)");

        robot.clickOn("#import-column-prompt");
        robot.clickOn("问题");
        @SuppressWarnings("unchecked")
        TableView<PromptRow> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> preview.getItems().size() == 2, error::getText);
        assertThat(error.getText()).isEmpty();
        assertThat(preview.getItems().get(0).user()).isEqualTo("我的包裹在哪里？📦");
        assertThat(preview.getItems().get(0).reference()).isEmpty();

        robot.interact(() -> reference.getSelectionModel().select(ColumnChoice.of("标准答案")));
        GuiTestSupport.waitUntil(() -> "请查看物流链接。".equals(preview.getItems().get(0).reference()));
        robot.interact(() -> robot.lookup("#import-column-category").queryAs(ComboBox.class).getSelectionModel()
                .select(ColumnChoice.of("主题")));
        GuiTestSupport.waitUntil(() -> "物流".equals(preview.getItems().get(0).category()));

        robot.clickOn("#import-run");
        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> store.promptSets().find("客服").isPresent());
        Prompt first = store.promptSets().prompts(store.promptSets().find("客服").orElseThrow().id()).get(0);
        assertThat(first.firstUserText()).isEqualTo("我的包裹在哪里？📦");
        assertThat(first.category()).isEqualTo("物流");
    }
}
