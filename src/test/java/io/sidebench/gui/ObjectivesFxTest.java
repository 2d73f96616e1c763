package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Defect 20: editing a rubric cell keeps the focus in the rubric (it used to jump to the selected Title). */
@ExtendWith(ApplicationExtension.class)
class ObjectivesFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = GuiTestSupport.context(new StubFileDialogs());
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    @Test
    void committingARubricCellKeepsTheFocusInTheRubric(FxRobot robot) {
        Path file = dir.resolve("rubric.sidebench");
        ProjectStore.create(file, "Rubric").close();
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> robot.lookup("#objectives-title").tryQuery()
                .map(n -> ((TextField) n).getText().equals("Rubric")).orElse(false));
        robot.clickOn("#rubric-add-numeric");
        TableView<?> table = robot.lookup("#rubric-table").queryAs(TableView.class);
        Node cell = robot.lookup("#rubric-table .table-row-cell .table-cell").nth(0).query();
        robot.doubleClickOn(cell);
        GuiTestSupport.waitUntil(() -> table.getEditingCell() != null);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("accuracy").type(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> table.getEditingCell() == null);
        robot.interact(() -> { });
        TextField title = robot.lookup("#objectives-title").queryAs(TextField.class);
        Node focus = stage.getScene().getFocusOwner();
        assertThat(focus).as("focus after the edit").isNotSameAs(title);
        assertThat(isInside(focus, table)).as("focus %s inside the rubric", focus).isTrue();
        assertThat(title.getSelectedText()).isEmpty();
        GuiTestSupport.waitUntil(() -> context.session().current().orElseThrow().meta().objectives().rubric().size() == 1
                && context.session().current().orElseThrow().meta().objectives().rubric().get(0).name().equals("accuracy"));
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
