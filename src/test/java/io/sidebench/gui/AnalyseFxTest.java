package io.sidebench.gui;

import javafx.scene.control.ComboBox;
import io.sidebench.testsupport.StubScript;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.ModelConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The analyse step on a real window: scoring an unscored run, then the leaderboard, charts and export. */
@ExtendWith(ApplicationExtension.class)
class AnalyseFxTest {
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

    @Test
    void scoresThenShowsChartsAndExportsThem(FxRobot robot) throws Exception {
        Path file = dir.resolve("analyse.sidebench");
        try (ProjectStore ignored = DemoProject.seed(file, 10, 3, false)) {
            // seeded without scores
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-analyse");
        GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-empty").query().isVisible());
        assertThat(robot.lookup("#analyse-scroll").query().isVisible()).isFalse();

        robot.clickOn("#analyse-score");
        GuiTestSupport.waitUntil(() -> robot.lookup("#chart-ttft-box").tryQuery().isPresent());
        assertThat(robot.lookup("#analyse-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup(".chart-viewer").queryAllAs(ChartViewer.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(robot.lookup("#chart-quality-vs-cost").tryQuery()).isPresent();
        assertThat(robot.lookup("#analyse-leaderboard").queryAs(TableView.class).getItems()).hasSize(3);

        dialogs.next = dir.resolve("charts.png");
        robot.clickOn("#analyse-export-png");
        GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-status").queryAs(Label.class).getText()
                .startsWith("Wrote"));
        assertThat(Files.size(dir.resolve("charts-ttft-box.png"))).isGreaterThan(1000);
        assertThat(dir.resolve("charts-score-distribution.png")).exists();
    }

    @Test
    void aJudgeModelScoresTheRunFromTheScorePanel(FxRobot robot) throws Exception {
        Path file = dir.resolve("judge.sidebench");
        try (StubLlmServer stub = StubLlmServer.start()) {
            stub.defaultScript(StubScript.ok().ttft(2).answerText("Accurate and complete.\nRating: [[8]]"));
            try (ProjectStore store = DemoProject.seed(file, 4, 2, false)) {
                store.models().add(new ModelConfig(0, "judge-model", ProviderKind.OPENAI_COMPATIBLE,
                        stub.openAiBaseUrl(), "judge-1", null, null, null, null));
            }
            robot.interact(() -> window.shellModel().open(file));
            GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
            robot.clickOn("#rail-analyse");
            GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-empty").query().isVisible());
            robot.clickOn("#analyse-score-toggle");
            GuiTestSupport.waitUntil(() -> robot.lookup("#score-pane").query().isVisible());
            for (String offline : new String[] {"#score-rougeL", "#score-chrf", "#score-bleu", "#score-refusal",
                "#score-checks"}) {
                robot.clickOn(offline);
            }
            @SuppressWarnings("unchecked")
            ComboBox<String> judge = robot.lookup("#score-judge").queryAs(ComboBox.class);
            GuiTestSupport.waitUntil(() -> judge.getItems().contains("judge-model"));
            robot.interact(() -> judge.setValue("judge-model"));
            robot.clickOn("#score-start");
            GuiTestSupport.waitUntil(() -> robot.lookup("#score-status").queryAs(Label.class).getText()
                    .startsWith("Scored"), () -> robot.lookup("#score-status").queryAs(Label.class).getText());
            GuiTestSupport.waitUntil(() -> robot.lookup("#chart-ttft-box").tryQuery().isPresent());
            ProjectStore store = context.session().current().orElseThrow();
            long runId = store.runs().list().get(0).id();
            var judged = store.scores().forRun(runId).stream().filter(sc -> sc.scorer().equals("judge:judge-model"))
                    .toList();
            assertThat(judged).isNotEmpty().allMatch(sc -> sc.value() == 8.0);
            assertThat(stub.chatRequests()).hasSize(judged.size());
        }
    }
}
