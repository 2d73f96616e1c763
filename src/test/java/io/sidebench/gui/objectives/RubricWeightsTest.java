package io.sidebench.gui.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.RubricDimension;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights per rubric dimension define the overall human score, stated with its normalisation. */
class RubricWeightsTest {
    @TempDir
    Path dir;

    @Test
    void weightsAreValidatedSavedAndTheOverallScoreIsStated() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("w.sidebench"), "Letters")) {
            ObjectivesViewModel vm = new ObjectivesViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), new ProjectSession());
            vm.load();
            RubricRow correctness = vm.addDimension();
            correctness.nameProperty().set("correctness");
            RubricRow tone = vm.addDimension();
            tone.nameProperty().set("tone");
            tone.maxProperty().set(4);
            RubricRow safety = vm.addPassFail();
            safety.nameProperty().set("safety");
            assertThat(vm.overallProperty().get()).startsWith("No dimension has a weight");

            correctness.weightProperty().set("2");
            tone.weightProperty().set("abc");
            assertThat(vm.validationProperty().get())
                    .isEqualTo("The weight of “tone” must be a number, 0 or more (empty: it does not count); “abc” is not.");
            assertThat(vm.overallProperty().get()).contains("not defined");
            tone.weightProperty().set("-1");
            assertThat(vm.validationProperty().get()).contains("“tone”");
            tone.weightProperty().set("0,5");
            assertThat(vm.validationProperty().get()).isEmpty();
            assertThat(vm.overallProperty().get()).isEqualTo("Overall human score = (2 × correctness + 0.5 × tone)"
                    + " / 2.5, each dimension first normalised to 0–1 as (v − min) / (max − min). It is shown (and can"
                    + " rank the leaderboard) as “overall human score”.");

            // saved as typed, and read back into the editor
            assertThat(store.meta().objectives().rubric()).extracting(RubricDimension::weight)
                    .containsExactly(2.0, 0.5, null);
            ObjectivesViewModel again = new ObjectivesViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), new ProjectSession());
            again.load();
            assertThat(again.rubric()).extracting(r -> r.weightProperty().get()).containsExactly("2", "0.5", "");
            assertThat(again.overallProperty().get()).startsWith("Overall human score = (2 × correctness");
        }
    }
}
