package io.sidebench.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunViewModelTest {
    @TempDir
    Path dir;

    @Test
    void runsTheChosenModelsAndReportsProgressPerModel() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("r.sidebench"), "R")) {
            store.promptSets().importSet("set", "x", "jsonl", sink -> {
                for (int i = 0; i < 25; i++) {
                    sink.add(Prompt.single("k" + i, "Question " + i + "?", "Answer " + i + "."));
                }
            });
            store.models().add(new ModelConfig(0, "reference", ProviderKind.BASELINE_REFERENCE, null, null, null, null,
                    null, null));
            store.models().add(new ModelConfig(0, "reference-2", ProviderKind.BASELINE_REFERENCE, null, null, null,
                    null, null, null));
            DefaultModelClientFactory clients = DefaultModelClientFactory.standard();
            RunViewModel vm = new RunViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    () -> clients);
            vm.load();
            assertThat(vm.sets()).hasSize(1);
            assertThat(vm.models()).hasSize(2);
            vm.models().get(1).chosenProperty().set(false);
            vm.repeatsProperty().set(2);
            vm.start();
            RunResult result = vm.finished().get(60, TimeUnit.SECONDS);
            assertThat(result.ok()).isEqualTo(50);
            assertThat(result.errors()).isZero();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.overallProperty().get()).isEqualTo(1.0);
            assertThat(vm.progress()).hasSize(1);
            assertThat(vm.progress().get(0).progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.progress().get(0).detailProperty().get()).startsWith("50/50");
            assertThat(vm.statusProperty().get()).contains("finished").contains("50 answers");
            long runId = result.run().id();
            assertThat(store.completions().countForRun(runId)).isEqualTo(50);
            assertThat(store.completions().forRun(runId, false).get(0).text()).startsWith("Answer");
        }
    }

    @Test
    void refusesToStartWithoutModels() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("e.sidebench"), "E")) {
            RunViewModel vm = new RunViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    () -> null);
            vm.load();
            vm.start();
            assertThat(vm.statusProperty().get()).contains("Choose a prompt set");
            assertThat(vm.runningProperty().get()).isFalse();
        }
    }
}
