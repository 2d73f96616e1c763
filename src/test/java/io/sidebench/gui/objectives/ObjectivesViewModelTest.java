package io.sidebench.gui.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Objectives;
import io.sidebench.model.ScaleType;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectivesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void validatesAndSavesTheRubric() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("o.sidebench"), "First")) {
            ProjectSession session = new ProjectSession();
            ObjectivesViewModel vm = new ObjectivesViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), session);
            vm.load();
            assertThat(vm.titleProperty().get()).isEqualTo("First");
            assertThat(vm.dirtyProperty().get()).isFalse();
            assertThat(vm.canSaveProperty().get()).isFalse();

            RubricRow accuracy = vm.addDimension();
            accuracy.nameProperty().set("accuracy");
            RubricRow safety = vm.addPassFail();
            safety.nameProperty().set("Accuracy");
            assertThat(vm.validationProperty().get()).contains("Two rubric dimensions");
            safety.nameProperty().set("safety");
            accuracy.maxProperty().set(1);
            assertThat(vm.validationProperty().get()).contains("min must be below max");
            accuracy.maxProperty().set(12);
            assertThat(vm.validationProperty().get()).contains("0\u20139");
            accuracy.maxProperty().set(5);
            vm.titleProperty().set(" ");
            assertThat(vm.canSaveProperty().get()).isFalse();
            vm.titleProperty().set("Patient letters");
            vm.goalProperty().set("Plain language");
            vm.move(safety, -1);
            // saved as typed: each valid state is written at once, nothing is left to save
            assertThat(vm.dirtyProperty().get()).isFalse();
            assertThat(vm.canSaveProperty().get()).isFalse();
            assertThat(vm.saveEdits()).isEmpty();

            Objectives saved = store.meta().objectives();
            assertThat(saved.title()).isEqualTo("Patient letters");
            assertThat(saved.goal()).isEqualTo("Plain language");
            assertThat(saved.rubric()).extracting(d -> d.name()).containsExactly("safety", "accuracy");
            assertThat(saved.rubric().get(0).scale()).isEqualTo(ScaleType.PASS_FAIL);
            assertThat(session.titleProperty().get()).isEqualTo("Patient letters");
            assertThat(vm.dirtyProperty().get()).isFalse();

            vm.titleProperty().set("");
            assertThat(vm.saveEdits()).isEqualTo("The evaluation needs a title.");
            assertThat(store.meta().objectives().title()).isEqualTo("Patient letters");
        }
    }
}
