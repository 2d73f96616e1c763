package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.models.AddModelViewModel;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sentinel test on the GUI path: an Azure OpenAI model added through the Models screen with its key
 * in the environment and a gateway header from a variable is tested against a loopback Azure deployment;
 * neither secret reaches the project file or the screen.
 */
@ExtendWith(ApplicationExtension.class)
class EnterpriseModelFxTest {
    private static final String AZURE_KEY = "azkey-GUI-SENTINEL-0123456789abcdef";
    private static final String GATEWAY = "gw-GUI-SENTINEL-7d3a9c1e5b2f4a60";
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private final StubLlmServer stub = StubLlmServer.start();

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(new StubFileDialogs());
        context.useConfigDir(dir.resolve("config"));
        context.useEnvironment(Map.of("AZURE_OPENAI_API_KEY", AZURE_KEY, "SB_GATEWAY", GATEWAY)::get);
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
        stub.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("(none)");
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    @Test
    void anAzureModelAddedOnTheScreenKeepsItsKeyOutOfTheProject(FxRobot robot) throws Exception {
        stub.script("gpt-4o-prod", StubScript.ok().answerText("hello from azure"));
        Path file = dir.resolve("azure.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Azure")) {
            store.models().list();
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-models");
        robot.clickOn("#models-add");
        @SuppressWarnings("unchecked")
        ComboBox<AddModelViewModel.Source> source = robot.lookup("#add-source").queryAs(ComboBox.class);
        robot.interact(() -> source.getSelectionModel().select(source.getItems().stream()
                .filter(s -> s.isPreset() && s.kind() == ProviderKind.AZURE_OPENAI).findFirst().orElseThrow()));
        assertThat(robot.lookup("#add-azure-api-version").queryAs(TextField.class).getText()).isEqualTo("2024-10-21");
        assertThat(text(robot, "#add-problem")).contains("YOUR-RESOURCE");
        assertThat(text(robot, "#add-key-status")).isEqualTo("Key variable AZURE_OPENAI_API_KEY is set.");
        type(robot, "#add-url", stub.baseUrl());
        @SuppressWarnings("unchecked")
        ComboBox<String> deployment = robot.lookup("#add-model-name").queryAs(ComboBox.class);
        robot.interact(() -> deployment.setValue("gpt-4o-prod"));
        type(robot, "#add-name", "azure-gpt");
        robot.interact(() -> robot.lookup("#add-header-add").queryAs(javafx.scene.control.Button.class).fire());
        type(robot, "#add-header-name-0", "X-Gateway-Key");
        type(robot, "#add-header-value-0", "literal-value");
        assertThat(text(robot, "#add-problem")).startsWith("The header X-Gateway-Key looks like it carries a secret");
        type(robot, "#add-header-value-0", "env:SB_GATEWAY");
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> auth = robot.lookup("#add-azure-auth").queryAs(ChoiceBox.class);
        assertThat(auth.getValue().toString()).isEqualTo("KEY");
        GuiTestSupport.waitUntil(() -> text(robot, "#add-problem").isEmpty(), () -> text(robot, "#add-problem"));
        robot.clickOn("#add-confirm");
        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> store.models().find("azure-gpt").isPresent());
        ModelConfig added = store.models().find("azure-gpt").orElseThrow();
        assertThat(added.provider()).isEqualTo(ProviderKind.AZURE_OPENAI);
        assertThat(added.apiKeyEnv()).isEqualTo("AZURE_OPENAI_API_KEY");
        assertThat(added.connection().headers()).containsExactly(Map.entry("X-Gateway-Key", "env:SB_GATEWAY"));
        assertThat(added.connection().options()).containsEntry("api-version", "2024-10-21");

        String keyLine = "#model-key-" + added.id();
        GuiTestSupport.waitUntil(() -> robot.lookup(keyLine).tryQuery().isPresent());
        assertThat(text(robot, keyLine)).isEqualTo("key: AZURE_OPENAI_API_KEY (set)");
        assertThat(text(robot, keyLine + "-1")).isEqualTo("header X-Gateway-Key: SB_GATEWAY (set)");
        robot.clickOn("#model-test-" + added.id());
        String result = "#model-test-result-" + added.id();
        GuiTestSupport.waitUntil(() -> text(robot, result).startsWith("TTFT") || text(robot, result).startsWith("Failed"),
                () -> text(robot, result));
        assertThat(text(robot, result)).startsWith("TTFT");
        RecordedRequest sent = stub.chatRequests().get(0);
        assertThat(sent.path()).isEqualTo("/openai/deployments/gpt-4o-prod/chat/completions");
        assertThat(sent.header("api-key")).isEqualTo(AZURE_KEY);
        assertThat(sent.header("x-gateway-key")).isEqualTo(GATEWAY);

        // the editor after adding shows the header by its variable's name
        assertThat(robot.lookup("#edit-header-value-0").queryAs(TextField.class).getText()).isEqualTo("env:SB_GATEWAY");
        robot.clickOn("#profile-save");
        robot.interact(() -> { });
        // the project file and its write-ahead log: the variable's name is there, neither secret is
        StringBuilder written = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                written.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(written.toString()).contains("SB_GATEWAY").doesNotContain(AZURE_KEY).doesNotContain(GATEWAY);
        assertThat(text(robot, "#models-status")).doesNotContain(AZURE_KEY);
    }
}
