package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.compare.GridRow;
import io.sidebench.gui.shell.WorkflowStep;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real compare screen and blind mode on a project seeded through the store. */
@ExtendWith(ApplicationExtension.class)
class CompareFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private Path file;
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

    private void openSeeded(FxRobot robot, int prompts, int models) throws Exception {
        file = dir.resolve("seeded.sidebench");
        DemoProject.seed(file, prompts, models).close();
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-compare");
        GuiTestSupport.waitUntil(() -> robot.lookup("#prompt-text").tryQuery().isPresent());
    }

    private ProjectStore store() {
        return context.session().current().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void annotatesWithTheKeyboard(FxRobot robot) throws Exception {
        openSeeded(robot, 12, 3);
        TableView<Object> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(12);
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-ok").tryQuery().isPresent());

        robot.clickOn((javafx.scene.Node) robot.lookup(".grid-cell-ok").nth(4).query());
        robot.type(KeyCode.DOWN, KeyCode.RIGHT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#annotation-panel").query().isDisabled() == false);
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT2, KeyCode.DIGIT1);
        robot.type(KeyCode.T).write("polite, too long").type(KeyCode.ENTER);
        robot.type(KeyCode.C).write("Clear steps").type(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> store().annotations().forRun(run().id()).stream()
                .anyMatch(a -> "Clear steps".equals(a.comment())), () -> GuiTestSupport.describe(stage));

        List<Annotation> saved = store().annotations().forRun(run().id());
        assertThat(saved).hasSize(1);
        Annotation a = saved.get(0);
        assertThat(a.annotator()).isEqualTo("tester");
        assertThat(a.ratings()).containsEntry("accuracy", 4.0).containsEntry("tone", 2.0).containsEntry("safety", 1.0);
        assertThat(a.tags()).containsExactly("polite", "too long");
        Completion annotated = store().completions().get(a.completionId()).orElseThrow();
        assertThat(annotated.cell().modelId()).isEqualTo(run().modelIds().get(selectedModelIndex(robot)));

        robot.type(KeyCode.DOWN);
        GuiTestSupport.waitUntil(() -> robot.lookup("#annotation-status").queryAs(Label.class).getText().isEmpty());
        robot.type(KeyCode.DIGIT9);
        GuiTestSupport.waitUntil(() -> robot.lookup("#annotation-status").queryAs(Label.class).getText()
                .contains("outside"));
        assertThat(store().annotations().count()).isEqualTo(1);
    }

    private int selectedModelIndex(FxRobot robot) {
        return robot.lookup(".focused-card").tryQuery().map(n -> {
            String id = n.getId();
            long modelId = Long.parseLong(id.substring("answer-".length()));
            return run().modelIds().indexOf(modelId);
        }).orElse(-1);
    }

    @Test
    void failedCellShowsItsErrorInPlace(FxRobot robot) throws Exception {
        openSeeded(robot, 12, 3);
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-error").tryQuery().isPresent());
        robot.clickOn(".grid-cell-error");
        GuiTestSupport.waitUntil(() -> robot.lookup(".answer-error").tryQuery().isPresent());
        Label error = robot.lookup(".answer-error").queryAs(Label.class);
        assertThat(error.getText()).contains("HTTP 429").doesNotContain("Exception");
        assertThat(robot.lookup(".answer-card .button").tryQuery()).isPresent();
    }

    @Test
    void retryOnAFailedCardRetriesThatCellNotTheSelectedOne(FxRobot robot) throws Exception {
        try (io.sidebench.testsupport.StubLlmServer server = io.sidebench.testsupport.StubLlmServer.start()) {
            server.script("flaky-model", io.sidebench.testsupport.StubScript.ok().answerText("可以，我们提供电子发票。"));
            file = dir.resolve("retry.sidebench");
            CellKey failed;
            long fastId;
            long flakyId;
            try (ProjectStore seeded = ProjectStore.create(file, "retry")) {
                var set = io.sidebench.testsupport.TestProjects.promptSet(seeded, "qa",
                        List.of(io.sidebench.model.Prompt.single("zh-1", "可以开发票吗？", null)));
                long promptId = seeded.promptSets().prompts(set.id()).get(0).id();
                fastId = io.sidebench.testsupport.TestProjects.openAi(seeded, "fast", server.openAiBaseUrl(),
                        "fast-model").id();
                flakyId = io.sidebench.testsupport.TestProjects.openAi(seeded, "flaky", server.openAiBaseUrl(),
                        "flaky-model").id();
                Run r = seeded.runs().create(new Run(0, "r", set.id(), List.of(fastId, flakyId), 1, 7,
                        io.sidebench.model.RunStatus.FINISHED, java.time.Instant.now(), java.time.Instant.now()));
                seeded.completions().save(new Completion(0, new CellKey(r.id(), promptId, fastId, 0),
                        io.sidebench.model.CompletionStatus.OK, "我们提供发票。", List.of(), null, null, null, List.of(),
                        false, 1, java.time.Instant.now()));
                failed = new CellKey(r.id(), promptId, flakyId, 0);
                seeded.completions().save(new Completion(0, failed, io.sidebench.model.CompletionStatus.ERROR, null,
                        List.of(), null, "HTTP 500 from the server", null, List.of(), false, 4,
                        java.time.Instant.now()));
            }
            robot.interact(() -> window.shellModel().open(file));
            GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
            robot.clickOn("#rail-compare");
            GuiTestSupport.waitUntil(() -> robot.lookup("#retry-" + flakyId).tryQuery().isPresent());
            assertThat(robot.lookup(".focused-card").query().getId()).as("the ok card is selected")
                    .isEqualTo("answer-" + fastId);

            robot.clickOn("#retry-" + flakyId);
            Label status = robot.lookup("#compare-status").queryAs(Label.class);
            GuiTestSupport.waitUntil(() -> status.getText().startsWith("Answer received"), status::getText);

            assertThat(status.getText()).isEqualTo("Answer received: flaky now answers prompt zh-1.");
            assertThat(server.chatRequests()).hasSize(1);
            assertThat(server.chatRequests().get(0).model()).isEqualTo("flaky-model");
            assertThat(server.chatRequests().get(0).lastUserText()).isEqualTo("可以开发票吗？");
            Completion now = store().completions().find(failed).orElseThrow();
            assertThat(now.isOk()).isTrue();
            assertThat(now.text()).isEqualTo("可以，我们提供电子发票。");
            GuiTestSupport.waitUntil(() -> robot.lookup("#retry-" + flakyId).tryQuery().isEmpty());
        }
    }

    @Test
    void votesBlindAndRevealsNamesAfterwards(FxRobot robot) throws Exception {
        openSeeded(robot, 10, 3);
        robot.clickOn("#blind-toggle");
        GuiTestSupport.waitUntil(() -> !robot.lookup("#blind-prompt").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#blind-left-name").queryAs(Label.class).getText()).isEqualTo("Answer A");
        Label progress = robot.lookup("#blind-progress").queryAs(Label.class);
        assertThat(progress.getText()).isEqualTo("Comparison 1 of 28 \u00B7 0 of 28 voted");
        String promptShown = robot.lookup("#blind-prompt").queryAs(Label.class).getText();

        robot.type(KeyCode.A);
        GuiTestSupport.waitUntil(() -> store().votes().count() == 1, () -> GuiTestSupport.describe(stage));
        GuiTestSupport.waitUntil(() -> progress.getText().equals("Comparison 2 of 28 \u00B7 1 of 28 voted"),
                progress::getText);
        Label status = robot.lookup("#blind-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Vote saved (1 of 28 voted): A was ");
        assertThat(robot.lookup("#blind-left-name").queryAs(Label.class).getText()).isEqualTo("Answer A");
        robot.type(KeyCode.T);
        GuiTestSupport.waitUntil(() -> store().votes().count() == 2);
        robot.type(KeyCode.X);
        GuiTestSupport.waitUntil(() -> store().votes().count() == 3);
        robot.type(KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#blind-prompt").queryAs(Label.class).getText().equals(promptShown)
                && !robot.lookup("#blind-left-name").queryAs(Label.class).getText().equals("Answer A"));
        String leftName = robot.lookup("#blind-left-name").queryAs(Label.class).getText();

        List<Vote> votes = store().votes().forRun(run().id());
        assertThat(votes).extracting(Vote::outcome)
                .containsExactly(VoteOutcome.LEFT, VoteOutcome.TIE, VoteOutcome.BOTH_BAD);
        Vote first = votes.get(0);
        assertThat(first.voter()).isEqualTo("tester");
        assertThat(first.judge()).isFalse();
        assertThat(first.leftModelId()).isNotEqualTo(first.rightModelId());
        assertThat(store().models().get(first.leftModelId()).orElseThrow().displayName()).isEqualTo(leftName);
        Completion left = store().completions().get(first.leftCompletionId()).orElseThrow();
        Completion right = store().completions().get(first.rightCompletionId()).orElseThrow();
        assertThat(left.cell().modelId()).isEqualTo(first.leftModelId());
        assertThat(right.cell().modelId()).isEqualTo(first.rightModelId());
        assertThat(left.cell().promptId()).isEqualTo(first.promptId()).isEqualTo(right.cell().promptId());
        assertThat(store().promptSets().prompt(first.promptId()).map(p -> p.firstUserText()))
                .isEqualTo(Optional.of(promptShown));
        assertThat(first.winnerModelId()).isEqualTo(first.leftModelId());

        robot.clickOn("#blind-hide-voted");
        GuiTestSupport.waitUntil(() -> progress.getText().equals("Comparison 4 of 28 \u00B7 3 of 28 voted"),
                progress::getText);
    }

    @Test
    void replaysTheSelectedPromptAsARaceFromStoredChunkTimes(FxRobot robot) throws Exception {
        openSeeded(robot, 6, 3);
        robot.clickOn("#race-open");
        GuiTestSupport.waitUntil(() -> robot.lookup(".race-text").queryAll().size() == 3);
        GuiTestSupport.waitUntil(() -> robot.lookup(".race-text").queryAll().stream()
                .allMatch(n -> ((Label) n).getText().endsWith("anything else.")), () -> GuiTestSupport.describe(stage));
        assertThat(robot.lookup("#race-clock").queryAs(Label.class).getText()).endsWith("s");
        robot.clickOn("#race-back");
        GuiTestSupport.waitUntil(() -> robot.lookup("#compare-grid").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void scrolledToTheEndTheGridShowsTheLastPromptsCells(FxRobot robot) throws Exception {
        openSeeded(robot, 600, 2);
        TableView<GridRow> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(600);
        GridRow last = grid.getItems().get(599);
        assertThat(last.key()).isEqualTo("q600");
        assertThat(last.isLoaded()).as("only the first page is read on opening").isFalse();
        // as the scroll bar dragged to its end (TableView.scrollTo(last) can leave the last row under the
        // horizontal scroll bar)
        robot.interact(() -> ((VirtualFlow<?>) grid.lookup(".virtual-flow")).scrollPixels(1e7));
        for (long modelId : run().modelIds()) {
            Completion answer = store().completions().find(new CellKey(run().id(), last.promptId(), modelId, 0))
                    .orElseThrow();
            String flat = answer.text().replaceAll("\\s+", " ").strip();
            String shown = flat.length() > 140 ? flat.substring(0, 140) + "\u2026" : flat;
            GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-ok").queryAll().stream()
                    .map(n -> (TableCell<GridRow, ?>) n)
                    .anyMatch(c -> c.getTableRow() != null && c.getTableRow().getItem() == last
                            && c.getTableColumn().getId().equals("col-model-" + modelId)
                            && shown.equals(c.getText())), () -> GuiTestSupport.describe(stage) + " loaded="
                    + last.isLoaded() + " cell=" + last.cell(modelId) + " expected=" + shown + " flow=" + ((VirtualFlow<?>) grid.lookup(".virtual-flow")).getFirstVisibleCell().getIndex() + ".."
                    + ((VirtualFlow<?>) grid.lookup(".virtual-flow")).getLastVisibleCell().getIndex() + " h="
                    + grid.getHeight() + " shown rows="
                    + robot.lookup(".grid-cell").queryAll().stream().map(n -> (TableCell<GridRow, ?>) n)
                    .map(c -> c.getIndex() + ":" + c.getText()).toList());
        }
        assertThat(robot.lookup(".grid-cell-ok").queryAll().stream().map(n -> (TableCell<GridRow, ?>) n)
                .noneMatch(c -> c.getTableRow() != null && c.getTableRow().getItem() == grid.getItems().get(0)))
                .as("the first row is out of view").isTrue();
    }

    private Run run() {
        return store().runs().list().get(0);
    }

    @Test
    void filtersByCategory(FxRobot robot) throws Exception {
        openSeeded(robot, 12, 2);
        robot.interact(() -> window.shellModel().stepProperty().set(WorkflowStep.COMPARE));
        robot.interact(() -> robot.lookup("#filter-category").queryComboBox().setValue("shipping"));
        @SuppressWarnings("unchecked")
        TableView<Object> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> grid.getItems().size() == 3);
        robot.interact(() -> robot.lookup("#filter-text").queryAs(javafx.scene.control.TextField.class)
                .setText("no prompt says this"));
        GuiTestSupport.waitUntil(() -> grid.getItems().isEmpty());
        assertThat(robot.lookup("#compare-grid-empty").queryAs(Label.class).getText())
                .startsWith("No prompt matches these filters");
    }

    @Test
    void anEmptyGridSaysWhatToDoInsteadOfNoContentInTable(FxRobot robot) throws Exception {
        file = dir.resolve("empty.sidebench");
        ProjectStore.create(file, "empty").close();
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-compare");
        GuiTestSupport.waitUntil(() -> robot.lookup("#compare-grid-empty").tryQuery().isPresent());
        assertThat(robot.lookup("#compare-grid-empty").queryAs(Label.class).getText()).startsWith("No runs yet")
                .contains("Run step");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).noneMatch(l -> "No content in table"
                .equals(l.getText()));
    }
}
