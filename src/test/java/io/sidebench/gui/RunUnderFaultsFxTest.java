package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The run screen against a loopback server that misbehaves for three of four models: one answers a 500 first,
 * one is rate limited with Retry-After first, one accepts every request and never answers. While requests
 * hang, the window stays usable (switching screens, the compare grid showing the answers so far), and Cancel
 * ends the run at once, long before the 120 s request timeout; every answer received is in the file, which
 * stays sound.
 */
@ExtendWith(ApplicationExtension.class)
class RunUnderFaultsFxTest {
    private static final int PROMPTS = 6;

    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();
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
        server.close();
    }

    @Test
    void windowStaysUsableWhileAServerHangsAndCancelEndsTheRunAtOnce(FxRobot robot) throws Exception {
        server.script("steady", StubScript.ok().ttft(5).tokens(6))
                .script("flaky", StubScript.ok().ttft(5).tokens(6))
                .failFirst("flaky", 1, StubScript.serverError())
                .script("limited", StubScript.ok().ttft(5).tokens(6))
                .failFirst("limited", 1, StubScript.rateLimited("1"))
                .script("silent", StubScript.hang());
        Path file = dir.resolve("faults.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Faults")) {
            store.promptSets().importSet("quiz", "quiz.jsonl", "jsonl", sink -> {
                for (int i = 0; i < PROMPTS; i++) {
                    sink.add(Prompt.single("k" + i, "Question " + i + "?", null));
                }
            });
            for (String name : List.of("steady", "flaky", "limited", "silent")) {
                store.models().add(new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(),
                        name, null, null, null, null));
            }
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-run");
        GuiTestSupport.waitUntil(() -> robot.lookup("#run-model-4").tryQuery().isPresent());
        // this test is about a hanging server beside answering ones, all on one loopback endpoint: run them
        // concurrently (speed isolation would measure them one after another, the hanging one holding its turn)
        robot.interact(() -> robot.lookup("#run-isolation").<javafx.scene.control.ChoiceBox<io.sidebench.logic.run.Isolation>>query()
                .setValue(io.sidebench.logic.run.Isolation.OFF));
        // the four models share one endpoint (and its limit): leave room for every hanging request and the rest
        robot.interact(() -> robot.lookup("#run-concurrency").<javafx.scene.control.Spinner<Integer>>query()
                .getValueFactory().setValue(64));
        robot.clickOn("#run-start");

        // Wait for the events: the three answering models done, and the silent one holding requests open.
        int answering = 3 * PROMPTS;
        GuiTestSupport.waitUntil(() -> countDone(file) >= answering && silentRequests() >= 1,
                () -> "done=" + countDone(file) + " silent=" + silentRequests());
        Label status = robot.lookup("#run-status").queryAs(Label.class);
        assertThat(status.getText()).doesNotContain("finished");

        // The window answers while requests hang: another screen, its grid, and back.
        robot.clickOn("#rail-compare");
        @SuppressWarnings("unchecked")
        TableView<Object> grid = robot.lookup("#compare-grid").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> grid.getItems().size() == PROMPTS);
        robot.clickOn("#rail-run");
        GuiTestSupport.waitUntil(() -> robot.lookup("#run-cancel").tryQuery().isPresent());

        long cancelAt = System.nanoTime();
        robot.clickOn("#run-cancel");
        GuiTestSupport.waitUntil(() -> status.getText().contains("cancelled"), status::getText);
        Duration tookToCancel = Duration.ofNanos(System.nanoTime() - cancelAt);
        assertThat(tookToCancel).as("cancel aborts hanging requests instead of waiting for the 120 s timeout")
                .isLessThan(Duration.ofSeconds(20));

        try (ProjectStore store = ProjectStore.open(file)) {
            Run run = store.runs().list().get(0);
            Map<String, Long> okByModel = store.completions().forRun(run.id(), false).stream()
                    .filter(c -> c.status() == CompletionStatus.OK)
                    .collect(Collectors.groupingBy(c -> modelName(store, c), Collectors.counting()));
            assertThat(okByModel).containsEntry("steady", (long) PROMPTS).containsEntry("flaky", (long) PROMPTS)
                    .containsEntry("limited", (long) PROMPTS).doesNotContainKey("silent");
        }
        // Retries were bounded: exactly one extra request for each of the two faulty models.
        Map<String, Long> requests = server.chatRequests().stream()
                .collect(Collectors.groupingBy(RecordedRequest::model, Collectors.counting()));
        assertThat(requests).containsEntry("steady", (long) PROMPTS).containsEntry("flaky", (long) PROMPTS + 1)
                .containsEntry("limited", (long) PROMPTS + 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    private int silentRequests() {
        return (int) server.chatRequests().stream().filter(r -> "silent".equals(r.model())).count();
    }

    private static String modelName(ProjectStore store, Completion c) {
        return store.models().get(c.cell().modelId()).map(ModelConfig::name).orElse("?");
    }

    /** Completions committed so far, read through a second connection as another process would. */
    private static int countDone(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            return store.runs().list().stream().mapToInt(r -> store.completions().forRun(r.id(), false).size()).sum();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
