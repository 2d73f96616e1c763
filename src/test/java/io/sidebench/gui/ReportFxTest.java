package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The report step on a real window: exports through the file chooser, then the presentation walked by keys. */
@ExtendWith(ApplicationExtension.class)
class ReportFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private final StubFileDialogs dialogs = new StubFileDialogs();

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(dialogs);
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
    }

    private void openReport(FxRobot robot, Path file) {
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-report");
        GuiTestSupport.waitUntil(() -> !robot.lookup("#report-export-csv").query().isDisabled());
    }

    @Test
    void exportsThroughTheChooserAndShowsTheOutcome(FxRobot robot) throws Exception {
        Path file = dir.resolve("report.sidebench");
        try (ProjectStore ignored = DemoProject.seed(file, 8, 3)) {
            // seeded
        }
        openReport(robot, file);
        Label status = robot.lookup("#report-status").queryAs(Label.class);
        for (String format : new String[] {"csv", "html", "xlsx"}) {
            dialogs.next = dir.resolve("out." + format);
            robot.clickOn("#report-export-" + format);
            GuiTestSupport.waitUntil(() -> status.getText().startsWith("Wrote out." + format));
            assertThat(Files.size(dir.resolve("out." + format))).isGreaterThan(100);
        }
        assertThat(status.getStyleClass()).contains("page-status");
        dialogs.next = dir.resolve("missing").resolve("out.pdf");
        robot.clickOn("#report-export-pdf");
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Error: "));
        assertThat(status.getStyleClass()).contains("page-error").doesNotContain("page-status");
    }

    @Test
    void presentationWalksEverySlideByKeyboardAndEscLeaves(FxRobot robot) throws Exception {
        Path file = dir.resolve("present.sidebench");
        try (ProjectStore ignored = DemoProject.seed(file, 12, 4)) {
            // seeded
        }
        openReport(robot, file);
        robot.clickOn("#report-present");
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-objective").tryQuery().isPresent());
        Label position = robot.lookup("#slide-position").queryAs(Label.class);
        assertThat(position.getText()).isEqualTo("1 / 10");
        Window presentation = position.getScene().getWindow();
        assertThat(((Stage) presentation).isFullScreen()).isTrue();
        assertThat(robot.lookup(".slide-title").queryAs(Label.class).getText()).isEqualTo("Customer support assistant");
        String[] ids = {"slide-dataset", "slide-leaderboard", "slide-speed", "slide-quality-cost", "slide-profiles",
                "slide-example-1", "slide-example-2", "slide-example-3", "slide-race"};
        KeyCode[] keys = {KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN};
        for (int i = 0; i < ids.length; i++) {
            robot.type(keys[i % keys.length]);
            String id = ids[i];
            GuiTestSupport.waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent(), position::getText);
            assertThat(position.getText()).isEqualTo((i + 2) + " / 10");
        }
        assertThat(robot.lookup("#slide-chart-ttft-box").tryQuery()).isEmpty();
        GuiTestSupport.waitUntil(() -> robot.lookup(".race-text").queryAll().size() == 3); // three real models; the baseline does not race
        robot.type(KeyCode.RIGHT);
        assertThat(position.getText()).isEqualTo("10 / 10");
        robot.type(KeyCode.LEFT);
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-example-3").tryQuery().isPresent());
        robot.type(KeyCode.PAGE_UP);
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-example-2").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        GuiTestSupport.waitUntil(() -> !presentation.isShowing());
        assertThat(robot.lookup("#report").tryQuery()).isPresent();
    }

    /** Labels of the shown window whose text is cut ("…") by their skin. */
    private static java.util.List<String> cutLabels(javafx.scene.Node root) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".label")) {
            if (n instanceof Label l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                javafx.scene.Node text = l.lookup(".text");
                if (text instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText())
                        && t.getText().endsWith("…")) {
                    cut.add(l.getText());
                }
            }
        }
        return cut;
    }

    @Test
    void slidesShowOnlyTheRunsModelsEachOnceAndCutNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("repeats.sidebench");
        try (ProjectStore store = DemoProject.seed(file, 12, 4)) {
            // a model of the project that is not in the run, and a second repeat of every answer
            store.models().add(new io.sidebench.model.ModelConfig(0, "not-in-this-run",
                    io.sidebench.model.ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1", "x", null, null, null,
                    null));
            long runId = store.runs().list().get(0).id();
            for (io.sidebench.model.Completion c : store.completions().forRun(runId, true)) {
                io.sidebench.model.CellKey k = c.cell();
                store.completions().save(new io.sidebench.model.Completion(0,
                        new io.sidebench.model.CellKey(k.runId(), k.promptId(), k.modelId(), 1), c.status(), c.text(),
                        c.turnAnswers(), c.reasoning(), c.error(), c.metrics(), c.chunks(), c.cached(), c.attempts(),
                        c.finishedAt()));
            }
        }
        openReport(robot, file);
        robot.clickOn("#report-present");
        GuiTestSupport.waitUntil(() -> robot.lookup("#slide-objective").tryQuery().isPresent());
        Label position = robot.lookup("#slide-position").queryAs(Label.class);
        int slides = Integer.parseInt(position.getText().replaceAll(".*/ ", ""));
        boolean sawProfiles = false;
        int examples = 0;
        for (int i = 1; i <= slides; i++) {
            javafx.scene.Node body = position.getScene().lookup(".slide-body");
            String at = position.getText();
            assertThat(cutLabels(position.getScene().getRoot())).as("cut on slide " + at).isEmpty();
            java.util.List<String> cardTitles = body.lookupAll(".slide-card-title").stream()
                    .map(n -> ((Label) n).getText()).toList();
            assertThat(cardTitles).as("models on slide " + at).doesNotHaveDuplicates()
                    .doesNotContain("not-in-this-run");
            if (body.getId().equals("slide-profiles")) {
                sawProfiles = true;
                assertThat(cardTitles).containsExactlyInAnyOrder("extractive (baseline)", "glm-4-flash",
                        "qwen2.5-7b", "deepseek-chat");
            }
            if (body.getId().startsWith("slide-example")) {
                examples++;
            }
            if (body.getId().equals("slide-race")) {
                javafx.scene.control.Button replay = (javafx.scene.control.Button) body.lookup("#race-replay");
                assertThat(replay.getFont().getSize()).as("race controls at presentation size").isGreaterThanOrEqualTo(20);
                assertThat(replay.getHeight()).isGreaterThanOrEqualTo(40);
            }
            if (i < slides) {
                int next = i + 1;
                robot.type(KeyCode.RIGHT);
                GuiTestSupport.waitUntil(() -> position.getText().startsWith(next + " / "));
            }
        }
        assertThat(sawProfiles).isTrue();
        assertThat(examples).isEqualTo(3);
        robot.type(KeyCode.ESCAPE);
    }
}
