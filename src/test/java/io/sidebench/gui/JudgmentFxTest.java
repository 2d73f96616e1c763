package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.stats.RunFigures;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Human judgment on real screens: the metric choice and human results in Analyse, the disagreements in Compare. */
@ExtendWith(ApplicationExtension.class)
class JudgmentFxTest {
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

    private void openJudged(FxRobot robot) throws Exception {
        Path file = dir.resolve("judged.sidebench");
        try (ProjectStore store = DemoProject.seed(file, 8, 3)) {
            JudgedProject.rate(store);
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnalystRanksByARubricDimensionAndSeesAgreement(FxRobot robot) throws Exception {
        openJudged(robot);
        robot.clickOn("#rail-analyse");
        GuiTestSupport.waitUntil(() -> robot.lookup("#human-ratings").tryQuery().isPresent());
        assertThat(robot.lookup("#human-agreement").tryQuery()).isPresent();
        assertThat(robot.lookup("#human-progress").tryQuery()).isPresent();
        ComboBox<String> metric = robot.lookup("#analyse-metric").queryAs(ComboBox.class);
        assertThat(metric.getValue()).isEqualTo("rougeL");
        assertThat(metric.getItems()).contains("human:correctness", "human:tone", "human:safety", "human:overall");
        assertThat(metric.getConverter().toString("human:overall")).startsWith("Overall human score (weighted");
        // the popup is longer than it shows: choose through the control's selection, as the list does
        robot.interact(() -> metric.getSelectionModel().select("human:safety"));
        TableView<Object> board = robot.lookup("#analyse-leaderboard").queryAs(TableView.class);
        TableColumn<?, ?> column = board.getColumns().stream().filter(c -> "analyse-metric-column".equals(c.getId()))
                .findFirst().orElseThrow();
        GuiTestSupport.waitUntil(() -> "safety (human rating, pass/fail)".equals(column.getText()));
        assertThat(String.valueOf(column.getCellData(0))).matches("\\d\\.\\d{3} \\[.*");
        GuiTestSupport.waitUntil(() -> context.session().current().orElseThrow().meta().get(RunFigures.METRIC_KEY)
                .filter("human:safety"::equals).isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneClickFromCompareToTheMostDisagreedAnswers(FxRobot robot) throws Exception {
        openJudged(robot);
        robot.clickOn("#rail-compare");
        GuiTestSupport.waitUntil(() -> robot.lookup("#prompt-text").tryQuery().isPresent());
        TableView<io.sidebench.gui.compare.GridRow> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(5));
        robot.clickOn("#disagreements-toggle");
        TableView<Object> list = robot.lookup("#disagreements-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> list.getItems().size() == 3);
        TableRow<?> second = robot.lookup("#disagreements-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(r -> !r.isEmpty() && r.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        var chosen = (io.sidebench.gui.compare.DisagreementsViewModel.Row) list.getItems().get(1);
        GuiTestSupport.waitUntil(() -> grid.getSelectionModel().getSelectedItem() != null
                && grid.getSelectionModel().getSelectedItem().promptId() == chosen.promptId());
        assertThat(robot.lookup("#disagreements-status").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("3 answers, the most disagreed first");
    }

    @Test
    void theSlidesShowHumanRatingsAndAgreement(FxRobot robot) throws Exception {
        openJudged(robot);
        robot.clickOn("#rail-report");
        robot.clickOn("#report-present");
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-objective").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.RIGHT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-leaderboard").tryQuery().isPresent());
        assertThat(robot.lookup("#slide-leaderboard-table").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-human-ratings").tryQuery().isPresent());
        assertThat(robot.lookup("#slide-table-human-ratings").tryQuery()).isPresent();
        assertThat(robot.lookup(".slide-title").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Human ratings per rubric dimension");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-agreement").tryQuery().isPresent());
        assertThat(robot.lookup("#slide-table-human-agreement").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
