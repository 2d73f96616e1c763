package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.samples.SampleProjects;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.ScaleType;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/**
 * A new analyst's first day, through the real window only: no project, open a sample, a new project, a rubric,
 * a Chinese/emoji prompt file, two models on a loopback server (one of them failing on one prompt), a run,
 * keyboard annotation, blind votes, scoring and analysis, an export, quitting and reopening. After each step the
 * project file itself is read through a second connection, as another program would.
 */
@ExtendWith(ApplicationExtension.class)
class FirstDayFxTest {
    private static final String FAILING_PROMPT = "退款要多久？ 💸";

    @TempDir
    Path dir;
    private final StubFileDialogs dialogs = new StubFileDialogs();
    private final AtomicInteger exits = new AtomicInteger();
    private final StubLlmServer stub = StubLlmServer.start();
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(dialogs);
        context.useSamples(new SampleProjects(Path.of("sample-projects").toAbsolutePath(), dir.resolve("home/Sidebench")));
        window = GuiTestSupport.show(context, stage, exits::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
        stub.close();
    }

    /** Reads the project file through its own connection, as a second program would. */
    private static void inFile(Path file, Consumer<ProjectStore> check) {
        try (ProjectStore store = ProjectStore.open(file)) {
            check.accept(store);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewAnalystsFirstDay(FxRobot robot) throws Exception {
        // 1. No project: the welcome screen lists the bundled samples; one opens as a copy.
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-samples .hyperlink").queryAll()).hasSizeGreaterThanOrEqualTo(3);
        robot.clickOn("#sample-support-bilingual");
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        Path sample = context.session().current().orElseThrow().file();
        assertThat(sample.toAbsolutePath().startsWith(dir.resolve("home/Sidebench"))).isTrue();
        inFile(sample, store -> assertThat(store.runs().list()).isNotEmpty());

        // 2. A new project.
        Path file = dir.resolve("first-day.sidebench");
        dialogs.next = file;
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        GuiTestSupport.waitUntil(() -> context.session().current().map(s -> s.file().equals(file)).orElse(false));
        assertThat(file).exists();

        // 3. Objectives and a rubric, saved as typed.
        GuiTestSupport.waitUntil(() -> robot.lookup("#objectives-title").tryQuery().isPresent());
        robot.doubleClickOn("#objectives-title").write("客服助手评测 Support 🤖");
        robot.clickOn("#rubric-add-numeric");
        robot.clickOn("#rubric-add-passfail");
        robot.clickOn("#objectives-title");
        GuiTestSupport.waitUntil(() -> readObjectivesTitle(file).equals("客服助手评测 Support 🤖"));
        inFile(file, store -> {
            assertThat(store.meta().objectives().rubric()).extracting(d -> d.scale())
                    .containsExactly(ScaleType.NUMERIC, ScaleType.PASS_FAIL);
        });

        // 4. A Chinese/emoji prompt file, previewed and imported.
        Path csv = Files.writeString(dir.resolve("support-zh.csv"),
                "id,prompt,reference,category\n"
                + "zh-1,我的包裹在哪里？📦,请查看物流链接。,shipping\n"
                + "zh-2," + FAILING_PROMPT + ",三到五个工作日。,billing\n"
                + "zh-3,怎么修改密码？🔑,在设置里点击“修改密码”。,account\n"
                + "en-1,Can I change my delivery address? 🏠,Yes until it ships.,shipping\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#rail-datasets");
        dialogs.next = csv;
        robot.clickOn("#import-choose");
        TableView<Object> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> preview.getItems().size() == 4);
        robot.clickOn("#import-run");
        GuiTestSupport.waitUntil(() -> setSize(file) == 4);
        inFile(file, store -> {
            var set = store.promptSets().list().get(0);
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            assertThat(prompts).extracting(Prompt::firstUserText).contains("我的包裹在哪里？📦", FAILING_PROMPT);
        });

        // 5. Two models on the loopback server; m-flaky fails on one prompt (the first time it is asked).
        stub.defaultScript(StubScript.ok().ttft(2).answerText("好的，我来帮您。 Happy to help 😊"));
        stub.rule(r -> "m-flaky".equals(r.model()) && r.body().contains("退款"), 1,
                StubScript.status(400));
        robot.clickOn("#rail-models");
        GuiTestSupport.waitUntil(() -> robot.lookup("#models-baselines").tryQuery().isPresent());
        addStubModel(robot, "fast", "m-fast");
        GuiTestSupport.waitUntil(() -> modelCount(file) == 1, () -> robot.lookup("#models-status").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("?") + " app sees " + context.session().current().orElseThrow()
                .models().list() + " problem=" + robot.lookup("#add-problem").tryQuery().map(n -> ((Label) n).getText()).orElse("-"));
        addStubModel(robot, "flaky", "m-flaky");
        GuiTestSupport.waitUntil(() -> modelCount(file) == 2);

        // 6. Run every prompt on both models.
        robot.clickOn("#rail-run");
        GuiTestSupport.waitUntil(() -> robot.lookup("#run-start").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#run-start");
        GuiTestSupport.waitUntil(() -> text(robot, "#run-status").contains("finished"),
                () -> text(robot, "#run-status") + " / " + text(robot, "#run-summary"));
        inFile(file, store -> {
            Run run = store.runs().list().get(0);
            List<Completion> all = store.completions().forRun(run.id(), false);
            assertThat(all).hasSize(8);
            assertThat(all.stream().filter(c -> c.status() == CompletionStatus.OK)).hasSize(7);
            Completion failed = all.stream().filter(c -> c.status() != CompletionStatus.OK).findFirst().orElseThrow();
            assertThat(failed.error()).doesNotContain("Exception");
        });

        // 7. Annotate with the keyboard on the compare screen.
        robot.clickOn("#rail-compare");
        TableView<Object> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> grid.getItems().size() == 4);
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-ok").queryAll().size() >= 7);
        // The failed cell shows its error; Retry on its card asks exactly that cell again.
        robot.clickOn(".grid-cell-error");
        long flakyId = context.session().current().orElseThrow().models().find("flaky").orElseThrow().id();
        GuiTestSupport.waitUntil(() -> robot.lookup("#retry-" + flakyId).tryQuery().isPresent());
        int before = stub.chatRequests().size();
        robot.clickOn("#retry-" + flakyId);
        GuiTestSupport.waitUntil(() -> text(robot, "#compare-status").startsWith("Answer received"),
                () -> text(robot, "#compare-status"));
        assertThat(stub.chatRequests()).hasSize(before + 1);
        assertThat(stub.chatRequests().get(before).model()).isEqualTo("m-flaky");
        inFile(file, store -> assertThat(store.completions().forRun(store.runs().list().get(0).id(), false))
                .allMatch(Completion::isOk));

        robot.clickOn((Node) robot.lookup(".grid-cell-ok").nth(0).query());
        GuiTestSupport.waitUntil(() -> !robot.lookup("#annotation-panel").query().isDisabled());
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT1);
        robot.type(KeyCode.C).write("清楚、礼貌 👍").type(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> annotations(file).stream().anyMatch(a -> "清楚、礼貌 👍".equals(a.comment())),
                () -> GuiTestSupport.describe(robot.lookup("#compare-grid").query().getScene().getWindow()));
        Annotation rated = annotations(file).get(0);
        assertThat(rated.annotator()).isEqualTo("tester");
        assertThat(rated.ratings()).containsValues(4.0, 1.0);

        // 8. Blind pairwise votes.
        robot.clickOn("#blind-toggle");
        GuiTestSupport.waitUntil(() -> !text(robot, "#blind-prompt").isEmpty());
        assertThat(text(robot, "#blind-left-name")).isEqualTo("Answer A");
        robot.type(KeyCode.A);
        GuiTestSupport.waitUntil(() -> voteCount(file) == 1);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.T);
        GuiTestSupport.waitUntil(() -> voteCount(file) == 2);
        robot.clickOn("#blind-toggle");

        // 9. Score offline and analyse.
        robot.clickOn("#rail-analyse");
        GuiTestSupport.waitUntil(() -> robot.lookup("#chart-ttft-box").tryQuery().isPresent());
        robot.clickOn("#analyse-score-now");
        GuiTestSupport.waitUntil(() -> scoreCount(file) > 0);
        GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-leaderboard").queryAs(TableView.class).getItems().size() == 2);

        // 10. Export the HTML report.
        robot.clickOn("#rail-report");
        GuiTestSupport.waitUntil(() -> !robot.lookup("#report-export-html").query().isDisabled());
        Path html = dir.resolve("report.html");
        dialogs.next = html;
        robot.clickOn("#report-export-html");
        GuiTestSupport.waitUntil(() -> text(robot, "#report-status").startsWith("Wrote"));
        String report = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(report).contains("客服助手评测 Support 🤖").contains("fast").contains("flaky");
        assertThat(report).doesNotContain("<script");

        // 11. Quit with the shortcut; everything is in the file.
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        GuiTestSupport.waitUntil(() -> exits.get() == 1);
        GuiTestSupport.closeOnFx(context);
        inFile(file, store -> {
            assertThat(store.meta().objectives().title()).isEqualTo("客服助手评测 Support 🤖");
            assertThat(store.annotations().count()).isEqualTo(1);
            assertThat(store.votes().count()).isEqualTo(2);
        });

        // 12. Reopen in a new window: the grid shows the same answers.
        context = GuiTestSupport.context(dialogs);
        robot.interact(() -> {
            window = GuiTestSupport.show(context, new Stage());
            window.shellModel().open(file);
        });
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.interact(() -> window.shellModel().stepProperty().set(io.sidebench.gui.shell.WorkflowStep.COMPARE));
        GuiTestSupport.waitUntil(() -> robot.lookup("#compare-grid").tryQuery()
                .map(n -> ((TableView<Object>) n).getItems().size() == 4).orElse(false));
        GuiTestSupport.waitUntil(() -> robot.lookup(".grid-cell-annotated").tryQuery().isPresent());
    }

    private void addStubModel(FxRobot robot, String name, String model) {
        robot.clickOn("#models-add");
        @SuppressWarnings("unchecked")
        ComboBox<io.sidebench.gui.models.AddModelViewModel.Source> source =
                robot.lookup("#add-source").queryAs(ComboBox.class);
        robot.interact(() -> source.getSelectionModel().select(source.getItems().stream()
                .filter(s -> !s.isPreset() && s.kind() == io.sidebench.model.ProviderKind.OPENAI_COMPATIBLE)
                .findFirst().orElseThrow()));
        robot.clickOn("#add-name").write(name);
        robot.clickOn("#add-url").write(stub.openAiBaseUrl());
        robot.clickOn("#add-model-name").write(model);
        GuiTestSupport.waitUntil(() -> robot.lookup("#add-problem").queryAs(Label.class).getText().isEmpty(),
                () -> robot.lookup("#add-problem").queryAs(Label.class).getText());
        robot.clickOn("#add-confirm");

    }

    private static void shot(FxRobot robot, String path) {
        robot.interact(() -> {
            var scene = robot.lookup("#rail").query().getScene();
            var img = scene.snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", new java.io.File(path));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String readObjectivesTitle(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            String title = store.meta().objectives().title();
            return title == null ? "" : title;
        }
    }

    private static int setSize(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return store.promptSets().list().stream().mapToInt(s -> s.promptCount()).sum();
        }
    }

    private static int modelCount(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return (int) store.models().list().stream().filter(m -> m.baseUrl() != null).count();
        }
    }

    private static List<Annotation> annotations(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return store.annotations().forRun(store.runs().list().get(0).id());
        }
    }

    private static long voteCount(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return store.votes().count();
        }
    }

    private static int scoreCount(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return store.scores().forRun(store.runs().list().get(0).id()).size();
        }
    }

    @SuppressWarnings("unused")
    private static ModelConfig model(ProjectStore store, String name) {
        return store.models().find(name).orElseThrow();
    }
}
