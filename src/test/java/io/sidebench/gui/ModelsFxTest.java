package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.models.AddModelViewModel;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.StubLlmServer;
import java.nio.file.Path;
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

/** Adds a model pointed at the loopback stub through the real Models screen, then tests its connection. */
@ExtendWith(ApplicationExtension.class)
class ModelsFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private final StubLlmServer stub = StubLlmServer.start();

    @Start
    void start(Stage stage) {
        context = GuiTestSupport.context(new StubFileDialogs());
        window = GuiTestSupport.show(context, stage);
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.closeOnFx(context);
        stub.close();
    }

    @Test
    void addsAStubModelAndTestsItsConnection(FxRobot robot) throws Exception {
        Path file = dir.resolve("models.sidebench");
        ProjectStore.create(file, "Models test").close();
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> context.session().current().isPresent());
        robot.clickOn("#rail-models");
        GuiTestSupport.waitUntil(() -> robot.lookup("#models-baselines").tryQuery().isPresent());

        robot.clickOn("#models-add");
        @SuppressWarnings("unchecked")
        ComboBox<AddModelViewModel.Source> source = robot.lookup("#add-source").queryAs(ComboBox.class);
        robot.interact(() -> source.getSelectionModel().select(source.getItems().stream()
                .filter(s -> !s.isPreset() && s.kind() == ProviderKind.OPENAI_COMPATIBLE).findFirst().orElseThrow()));
        robot.clickOn("#add-name").write("stub-model");
        robot.clickOn("#add-url").write(stub.openAiBaseUrl());
        assertThat(robot.lookup("#add-problem").queryAs(Label.class).getText())
                .isEqualTo("Enter the model name the provider uses.");
        robot.clickOn("#add-model-name").write("stub-1");
        robot.clickOn("#add-temperature").write("3");
        assertThat(robot.lookup("#add-problem").queryAs(Label.class).getText()).startsWith("Temperature");
        robot.doubleClickOn("#add-temperature").write("0");
        GuiTestSupport.waitUntil(() -> robot.lookup("#add-problem").queryAs(Label.class).getText().isEmpty(),
                () -> robot.lookup("#add-problem").queryAs(Label.class).getText());
        robot.clickOn("#add-confirm");

        ProjectStore store = context.session().current().orElseThrow();
        GuiTestSupport.waitUntil(() -> store.models().find("stub-model").isPresent());
        ModelConfig added = store.models().find("stub-model").orElseThrow();
        assertThat(added.baseUrl()).isEqualTo(stub.openAiBaseUrl());
        assertThat(added.model()).isEqualTo("stub-1");
        assertThat(added.apiKeyEnv()).isNull();
        assertThat(added.params().temperature()).isEqualTo(0.0);

        String test = "#model-test-" + added.id();
        GuiTestSupport.waitUntil(() -> robot.lookup(test).tryQuery().isPresent());
        robot.clickOn(test);
        String result = "#model-test-result-" + added.id();
        GuiTestSupport.waitUntil(() -> robot.lookup(result).tryQuery().isPresent()
                && robot.lookup(result).queryAs(Label.class).getText().startsWith("TTFT"),
                () -> robot.lookup(result).tryQuery().map(n -> ((Label) n).getText()).orElse("no result"));
        assertThat(robot.lookup(result).queryAs(Label.class).getText()).matches("TTFT [\\d,]+ ms · .* · total [\\d,]+ ms");
        assertThat(stub.chatRequests()).hasSize(1);

        // Edit the parameters of the model just added: the editor shows them, Save stores the new ones.
        GuiTestSupport.waitUntil(() -> robot.lookup("#params-temperature").queryAs(TextField.class).getText().equals("0.0"));
        robot.doubleClickOn("#params-temperature").write("0.7");
        robot.clickOn("#params-max-tokens").write("64");
        robot.clickOn("#profile-save");
        GuiTestSupport.waitUntil(() -> store.models().find("stub-model").orElseThrow().params().maxTokens() != null);
        assertThat(store.models().find("stub-model").orElseThrow().params().temperature()).isEqualTo(0.7);
        assertThat(store.models().find("stub-model").orElseThrow().params().maxTokens()).isEqualTo(64);
        assertThat(robot.lookup("#models-status").queryAs(Label.class).getText()).isEqualTo("stub-model saved.");
    }
}
