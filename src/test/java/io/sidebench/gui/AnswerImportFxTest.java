package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.answers.ImportedRun;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Run;
import io.sidebench.testsupport.TestProjects;
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

/**
 * Imports a file of answers with Chinese and emoji text through the real data sets screen: preview, models,
 * a refused file first (nothing written), then the good file; the imported run is then in Compare and Analyse.
 */
@ExtendWith(ApplicationExtension.class)
class AnswerImportFxTest {
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
    @SuppressWarnings("unchecked")
    void importsChineseAndEmojiAnswersEndToEnd(FxRobot robot) throws Exception {
        Path project = dir.resolve("a.sidebench");
        try (ProjectStore store = ProjectStore.create(project, "A")) {
            TestProjects.promptSet(store, "qa", 2);
        }
        Path bad = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"id\": \"q0\", \"model\": \"通义\", \"answer\": \"好 👍\"}\n{\"id\": \"q9\", \"model\": \"通义\", \"answer\": \"x\"}\n");
        Path good = Files.writeString(dir.resolve("answers.jsonl"), """
                {"id": "q0", "model": "通义千问", "answer": "你好，世界 🌏", "ttft_ms": 210, "latency_ms": 900, "output_tokens": 12}
                {"id": "q1", "model": "通义千问", "answer": "第二个回答 🚀", "ttft_ms": 190, "latency_ms": 800, "output_tokens": 10}
                {"id": "q0", "model": "llama-3", "answer": "Hello 👋", "ttft_ms": 120, "latency_ms": 400, "output_tokens": 4}
                {"id": "q1", "model": "llama-3", "answer": "Second ✅", "ttft_ms": 110, "latency_ms": 300, "output_tokens": 3}
                """);
        robot.interact(() -> window.shellModel().open(project));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-datasets");

        dialogs.next = bad;
        robot.clickOn("#import-answers-choose");
        Label error = robot.lookup("#answer-import-error").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> error.getText().contains(":2: no prompt with id 'q9'"));
        assertThat(robot.lookup("#answer-import-run").query().isDisabled()).isTrue();
        robot.clickOn("#answer-import-cancel");

        dialogs.next = good;
        robot.clickOn("#import-answers-choose");
        TableView<Object> preview = robot.lookup("#answer-import-preview").queryAs(TableView.class);
        Label summary = robot.lookup("#answer-import-summary").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> preview.getItems().size() == 4 && summary.getText().startsWith("Will import 4"));
        assertThat(robot.lookup("#answer-import-detected").queryAs(Label.class).getText()).isEqualTo("Detected long");
        assertThat(robot.lookup("#answer-import-models").queryAs(Label.class).getText())
                .isEqualTo("Models: 通义千问 (new), llama-3 (new)");
        assertThat(preview.getItems().get(0).toString()).contains("你好，世界 🌏");
        assertThat(((ComboBox<?>) robot.lookup("#answer-import-column-model").query()).getValue()).isNotNull();
        robot.clickOn("#answer-import-run");

        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> robot.lookup("#datasets-status").queryAs(Label.class).getText()
                .startsWith("Imported 4 answers of 2 models"));
        Run run = store.runs().list().get(0);
        assertThat(ImportedRun.find(store, run.id())).hasValueSatisfying(m -> assertThat(m.speedFromFile()).isTrue());
        assertThat(store.completions().forRun(run.id(), false)).extracting(Completion::text)
                .contains("你好，世界 🌏", "Second ✅");

        robot.clickOn("#rail-compare");
        GuiTestSupport.waitUntil(() -> robot.lookup("#prompt-text").tryQuery().isPresent());
        GuiTestSupport.waitUntil(() -> robot.lookup(".answer-card").queryAll().size() == 2);
        // the speed figures are the file's: every card says who measured them
        String mark = "imported (measured by the tool that wrote answers.jsonl)";
        assertThat(robot.lookup(".answer-meta").queryAllAs(Label.class)).filteredOn(l -> l.getId() != null)
                .hasSize(2).allSatisfy(l -> assertThat(l.getText()).startsWith("TTFT ").endsWith(" \u00B7 " + mark));
        robot.clickOn("#rail-analyse");
        GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-leaderboard").tryQuery().isPresent()
                && robot.lookup("#analyse-leaderboard").queryAs(TableView.class).getItems().size() == 2);
        GuiTestSupport.waitUntil(() -> robot.lookup("#analyse-speed-note").queryAs(Label.class).getText()
                .equals("Speed figures imported: measured by the tool that wrote answers.jsonl, not by Sidebench."));
        assertThat(robot.lookup(".column-title").queryAllAs(Label.class)).anySatisfy(l ->
                assertThat(l.getText()).endsWith(" \u00B7 " + mark));
    }
}
