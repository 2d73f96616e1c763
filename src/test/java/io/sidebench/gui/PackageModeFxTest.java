package io.sidebench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.logic.packages.PackageExporter;
import io.sidebench.logic.packages.PackageFile;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening an annotation package shows only the blind annotation screens; ratings land in the package file. */
@ExtendWith(ApplicationExtension.class)
class PackageModeFxTest {
    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
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

    @Test
    void anAnnotatorRatesAPackageBlindAndTheFileHoldsTheRatings(FxRobot robot) throws Exception {
        Path file = dir.resolve("gao" + PackageFile.EXTENSION);
        List<String> models;
        try (ProjectStore store = DemoProject.seed(dir.resolve("lead.sidebench"), 5, 3)) {
            store.meta().saveObjectives(store.meta().objectives().withRubric(JudgedProject.rubric()));
            AnnotationPackage p = new PackageExporter(store, Clock.systemUTC()).export(new PackageExporter.Options(
                    store.runs().list().get(0).id(), List.of("gao"), Set.of(), Set.of(), 0, 5, true)).get(0);
            PackageFile.write(p, file);
            models = store.models().list().stream().map(ModelConfig::name).toList();
        }
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> robot.lookup("#package-view").tryQuery().isPresent());
        // only the annotation screens: no workflow rail, no project menus; blind
        assertThat(robot.lookup("#rail-analyse").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).contains("gao").contains(file.getFileName().toString());
        String answer = robot.lookup("#package-answer").queryAs(TextArea.class).getText();
        assertThat(answer).isNotBlank();
        models.forEach(m -> assertThat(stage.getTitle() + answer).doesNotContain(m));

        robot.clickOn("#rate-correctness-4");
        robot.clickOn("#rate-safety-0");
        robot.clickOn("#package-comment").write("Misses the refund step");
        GuiTestSupport.waitUntil(() -> PackageFile.read(file).annotations().stream().anyMatch(r ->
                "Misses the refund step".equals(r.comment())));
        AnnotationPackage saved = PackageFile.read(file);
        assertThat(saved.annotations()).hasSize(1);
        assertThat(saved.annotations().get(0).ratings()).containsEntry("correctness", 4.0).containsEntry("safety", 0.0);
        assertThat(saved.annotations().get(0).annotator()).isEqualTo("gao");

        robot.clickOn("#package-close");
        GuiTestSupport.waitUntil(() -> robot.lookup("#package-view").tryQuery().isEmpty());
    }

    @Test
    void aFileThatIsNotAPackageSaysWhyAndChangesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("notes" + PackageFile.EXTENSION);
        Files.writeString(file, "{\"hello\": 1}");
        byte[] before = Files.readAllBytes(file);
        robot.interact(() -> window.shellModel().open(file));
        GuiTestSupport.waitUntil(() -> window.shellModel().statusProperty().get().startsWith("Cannot open notes"));
        assertThat(window.shellModel().statusProperty().get()).contains("is not a Sidebench annotation package");
        assertThat(robot.lookup("#package-view").tryQuery()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
