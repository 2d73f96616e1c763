package io.sidebench.gui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerImporters;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void importsIntoANewRunOrTellsTheFirstProblemAndWritesNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("a.sidebench"), "A")) {
            TestProjects.promptSet(store, "qa", 2);
            AnswerImportViewModel vm = new AnswerImportViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), new AnswerImportService(AnswerImporters.standard()));
            Path good = Files.writeString(dir.resolve("wide.csv"), "id,gpt-4o,qwen\nq0,答案,answer\nq1,x,y\n");
            vm.importFile(good, "qa");
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).isEqualTo(
                    "Imported 4 answers of 2 models into run \u201cimported wide.csv\u201d; speed not measured by Sidebench");
            assertThat(store.completions().count()).isEqualTo(4);

            Path bad = Files.writeString(dir.resolve("bad.csv"), "id,gpt-4o\nq0,a\nq7,b\nq8,c\n");
            vm.importFile(bad, "qa");
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("Nothing imported: 2 problem(s); first: " + bad + ":3: no prompt with id 'q7'");
            assertThat(store.completions().count()).isEqualTo(4);
            assertThat(store.runs().list()).hasSize(1);
        }
    }
}
