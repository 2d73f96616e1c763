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
        // defect 19: an unscored run shows its speed charts at once and says the quality charts need scores
        GuiTestSupport.waitUntil(() -> robot.lookup("#chart-ttft-box").tryQuery().isPresent());
        assertThat(robot.lookup("#analyse-scroll").query().isVisible()).isTrue();
        assertThat(robot.lookup("#analyse-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#analyse-needs-scores").query().isVisible()).isTrue();
        assertThat(robot.lookup("#chart-tokens-per-second").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart-latency-cdf").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart-tpot").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart-score-distribution").tryQuery()).isEmpty();

        robot.clickOn("#analyse-score-now");
        GuiTestSupport.waitUntil(() -> robot.lookup("#chart-score-distribution").tryQuery().isPresent());
        assertThat(robot.lookup("#analyse-needs-scores").query().isVisible()).isFalse();
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

    private void openScored(FxRobot robot, String name) throws Exception {
        Path file = dir.resolve(name);
        try (ProjectStore ignored = DemoProject.seed(file, 10, 3)) {
            // seeded with scores
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-analyse");
        GuiTestSupport.waitUntil(() -> robot.lookup("#chart-score-distribution").tryQuery().isPresent());
    }

    @Test
    void chartsUseTheWidthOfThePane(FxRobot robot) throws Exception {
        openScored(robot, "width.sidebench");
        javafx.scene.layout.Region pane = robot.lookup("#analyse-charts").queryAs(javafx.scene.layout.Region.class);
        GuiTestSupport.waitUntil(() -> pane.getWidth() > 0);
        double width = pane.getWidth();
        assertThat(width).isGreaterThan(2 * 480 + 12);
        for (ChartViewer viewer : robot.lookup(".chart-viewer").queryAllAs(ChartViewer.class)) {
            // two per row, together filling the row
            assertThat(viewer.getWidth()).isGreaterThan((width - 12) / 2 - 4).isLessThanOrEqualTo(width / 2);
        }
        robot.interact(() -> pane.getScene().getWindow().setWidth(900));
        GuiTestSupport.waitUntil(() -> pane.getWidth() < width - 100);
        double narrow = pane.getWidth();
        GuiTestSupport.waitUntil(() -> robot.lookup(".chart-viewer").queryAllAs(ChartViewer.class).stream()
                .allMatch(v -> v.getWidth() > narrow - 4), () -> "pane " + narrow);
    }

    @Test
    void theWheelScrollsThePageAndCtrlWheelZoomsWithAVisibleReset(FxRobot robot) throws Exception {
        openScored(robot, "wheel.sidebench");
        ChartViewer viewer = robot.lookup("#chart-ttft-box").queryAs(ChartViewer.class);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#analyse-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        org.jfree.chart.axis.ValueAxis axis = ((org.jfree.chart.plot.CategoryPlot) viewer.getChart().getPlot())
                .getRangeAxis();
        GuiTestSupport.waitUntil(() -> viewer.getRenderingInfo() != null && viewer.getRenderingInfo().getPlotInfo()
                .getDataArea().getWidth() > 0);
        robot.interact(() -> scroll.setVvalue(0));
        org.jfree.data.Range before = axis.getRange();
        double vBefore = scroll.getVvalue();
        robot.interact(() -> wheel(viewer, -120, false));
        assertThat(scroll.getVvalue()).as("the page scrolled").isGreaterThan(vBefore);
        assertThat(axis.getRange()).as("the chart did not zoom").isEqualTo(before);
        javafx.scene.control.Button reset = robot.lookup(".chart-reset").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getParent() == viewer.getParent()).findFirst().orElseThrow();
        assertThat(reset.isVisible()).isFalse();

        double vAfter = scroll.getVvalue();
        robot.interact(() -> wheel(viewer, 120, true));
        assertThat(axis.getRange()).as("Ctrl + wheel zooms").isNotEqualTo(before);
        assertThat(axis.getRange().getLength()).isLessThan(before.getLength());
        assertThat(scroll.getVvalue()).as("and does not scroll").isEqualTo(vAfter);
        assertThat(reset.isVisible()).isTrue();
        robot.interact(reset::fire);
        assertThat(axis.getRange()).isEqualTo(before);
        assertThat(reset.isVisible()).isFalse();

        robot.interact(() -> wheel(viewer, 120, true));
        assertThat(axis.getRange()).isNotEqualTo(before);
        robot.interact(() -> {
            javafx.geometry.Point2D c = viewer.localToScene(viewer.getWidth() / 2, viewer.getHeight() / 2);
            javafx.event.Event.fireEvent(viewer.getCanvas(), new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_CLICKED, c.getX(), c.getY(), 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, true, false, false,
                    true, false, true, null));
        });
        assertThat(axis.getRange()).as("double-click resets").isEqualTo(before);
    }

    /** A wheel notch over the middle of the chart (negative delta: towards the user, scrolls down). */
    private static void wheel(ChartViewer viewer, double delta, boolean ctrl) {
        javafx.geometry.Point2D c = viewer.localToScene(viewer.getWidth() / 2, viewer.getHeight() / 2);
        javafx.event.Event.fireEvent(viewer.getCanvas(), new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, c.getX(), c.getY(), c.getX(), c.getY(), false, ctrl, false,
                false, false, false, 0, delta, 0, delta, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
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
            GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-needs-scores").query().isVisible());
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
            GuiTestSupport.waitUntil(() -> robot.lookup("#chart-score-distribution").tryQuery().isPresent());
            ProjectStore store = context.session().current().orElseThrow();
            long runId = store.runs().list().get(0).id();
            var judged = store.scores().forRun(runId).stream().filter(sc -> sc.scorer().equals("judge:judge-model"))
                    .toList();
            assertThat(judged).isNotEmpty().allMatch(sc -> sc.value() == 8.0);
            assertThat(stub.chatRequests()).hasSize(judged.size());
        }
    }
}
