package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.models.AddModelViewModel;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.StubLlmServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Models screen as a user meets it: a key typed into a card's password field lands only in the
 * owner-only credentials file; the model-name box offers the stub's models; a model on a closed port
 * says nothing is listening there; the next "add a model" starts with the source chosen last.
 */
@ExtendWith(ApplicationExtension.class)
class ModelKeysFxTest {
    private static final String SECRET = "sk-typed-into-the-card-0123456789abcdef";
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private final StubLlmServer stub = StubLlmServer.start().advertise("qwen2.5-7b-instruct", "glm-4-9b-chat");

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(new StubFileDialogs());
        context.useConfigDir(dir.resolve("config"));
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

    @Test
    void keyEntryModelListAndAClosedPort(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path file = dir.resolve("keys.sidebench");
        ModelConfig down;
        try (ProjectStore store = ProjectStore.create(file, "Keys")) {
            down = store.models().add(new ModelConfig(0, "down", ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:" + closed + "/v1", "qwen", "DOWN_API_KEY", null, null, null));
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-models");
        String keyLine = "#model-key-" + down.id();
        GuiTestSupport.waitUntil(() -> robot.lookup(keyLine).tryQuery().isPresent());
        assertThat(text(robot, keyLine)).isEqualTo("key: DOWN_API_KEY (NOT set)");

        // without a key, Test connection says what to do here, not on the command line
        robot.clickOn("#model-test-" + down.id());
        GuiTestSupport.waitUntil(() -> robot.lookup("#model-test-result-" + down.id()).tryQuery().isPresent());
        assertThat(text(robot, "#model-test-result-" + down.id()))
                .isEqualTo("Failed: no key in DOWN_API_KEY — use “Set key…” on this card");

        // the key: typed into a password field, stored owner-only outside the project, card updated at once
        robot.clickOn("#model-set-key-" + down.id());
        robot.clickOn("#model-key-value").write(SECRET);
        PasswordField field = robot.lookup("#model-key-value").queryAs(PasswordField.class);
        assertThat(field.getText()).isEqualTo(SECRET);
        robot.clickOn("#model-key-save");
        GuiTestSupport.waitUntil(() -> text(robot, keyLine).equals("key: DOWN_API_KEY (set)"), () -> text(robot, keyLine));
        assertThat(robot.lookup("#model-key-editor").tryQuery()).isEmpty();
        Path credentials = dir.resolve("config").resolve(CredentialsStore.FILE_NAME);
        assertThat(new CredentialsStore(credentials).get("DOWN_API_KEY")).contains(SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(text(robot, "#models-status")).doesNotContain(SECRET);

        // Test connection against the closed port, in a person's words
        robot.clickOn("#model-test-" + down.id());
        String result = "#model-test-result-" + down.id();
        GuiTestSupport.waitUntil(() -> text(robot, result).contains("listening"), () -> text(robot, result));
        assertThat(text(robot, result)).isEqualTo("Failed: nothing is listening at 127.0.0.1:" + closed
                + " — is the server running?");

        // the model-name box lists what the endpoint offers
        robot.clickOn("#models-add");
        @SuppressWarnings("unchecked")
        ComboBox<AddModelViewModel.Source> source = robot.lookup("#add-source").queryAs(ComboBox.class);
        robot.interact(() -> source.getSelectionModel().select(source.getItems().stream()
                .filter(s -> !s.isPreset() && s.kind() == ProviderKind.OPENAI_COMPATIBLE).findFirst().orElseThrow()));
        robot.clickOn("#add-url").write(stub.openAiBaseUrl());
        robot.clickOn("#add-list-models");
        @SuppressWarnings("unchecked")
        ComboBox<String> names = robot.lookup("#add-model-name").queryAs(ComboBox.class);
        GuiTestSupport.waitUntil(() -> names.getItems().contains("glm-4-9b-chat"), () -> text(robot, "#add-list-status"));
        robot.interact(() -> names.getSelectionModel().select("glm-4-9b-chat"));
        robot.interact(() -> robot.lookup("#add-name").queryAs(javafx.scene.control.TextField.class).setText("glm"));
        GuiTestSupport.waitUntil(() -> text(robot, "#add-problem").isEmpty(), () -> text(robot, "#add-problem"));
        robot.clickOn("#add-confirm");
        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> store.models().find("glm").isPresent());
        assertThat(store.models().find("glm").orElseThrow().model()).isEqualTo("glm-4-9b-chat");

        // the next form starts with the source chosen last, not the first preset
        robot.clickOn("#models-add");
        assertThat(source.getValue().isPreset()).isFalse();
        assertThat(source.getValue().kind()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
        assertThat(context.preferences().lastModelSource()).contains("custom:openai-compatible");

        // the project file holds the key's name, never the key
        robot.interact(() -> { });
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    }
}
