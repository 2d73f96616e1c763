package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import java.nio.file.Path;
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

/** Runs a prompt set from the real run screen, then sees the compare grid fill with the answers. */
@ExtendWith(ApplicationExtension.class)
class RunFxTest {
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
    void runsThenTheGridFills(FxRobot robot) throws Exception {
        Path file = dir.resolve("run.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Run test")) {
            store.promptSets().importSet("quiz", "quiz.jsonl", "jsonl", sink -> {
                for (int i = 0; i < 8; i++) {
                    sink.add(Prompt.single("k" + i, "Question " + i + "?", "Answer " + i + "."));
                }
            });
            for (String name : new String[] {"reference-a", "reference-b"}) {
                store.models().add(new ModelConfig(0, name, ProviderKind.BASELINE_REFERENCE, null, null, null, null,
                        null, null));
            }
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-run");
        GuiTestSupport.waitUntil(() -> robot.lookup("#run-model-1").tryQuery().isPresent());
        robot.clickOn("#run-start");
        GuiTestSupport.waitUntil(() -> robot.lookup("#run-status").queryAs(Label.class).getText().contains("finished"));
        assertThat(robot.lookup("#run-summary").queryAs(Label.class).getText()).startsWith("16 of 16 done");
        // The live lanes show each model's last answer, side by side.
        for (String lane : new String[] {"#live-text-1", "#live-text-2"}) {
            GuiTestSupport.waitUntil(() -> robot.lookup(lane).queryAs(javafx.scene.control.TextArea.class).getText()
                    .startsWith("Answer "));
        }

        robot.clickOn("#rail-compare");
        @SuppressWarnings("unchecked")
        TableView<Object> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> grid.getItems().size() == 8);
        // the rows in view show their answers (how many rows fit depends on the window and the font)
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-ok").queryAll().size() >= 4);
        assertThat(robot.lookup(".grid-cell-ok").queryAll()).allMatch(n ->
                ((javafx.scene.control.Labeled) n).getText().startsWith("Answer"));
        ProjectStore store = context.session().current().orElseThrow();
        assertThat(store.completions().countForRun(store.runs().list().get(0).id())).isEqualTo(16);
    }
}
