package io.sidebench.gui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.PromptSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void previewsWithTheEditedMappingThenImportsAndSearches() throws Exception {
        Path csv = Files.writeString(dir.resolve("quiz.csv"), "No,Question,Gold,Topic\n"
                + "7,What is the boiling point of water?,100 °C,science\n"
                + "8,Name a prime number greater than 10.,11,math\n"
                + "9,用一句话介绍你自己。,我是助手。,chat\n");
        try (ProjectStore store = ProjectStore.create(dir.resolve("d.sidebench"), "D")) {
            ProjectSession session = new ProjectSession();
            DatasetsViewModel vm = new DatasetsViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), session, PromptImporters.standard());
            vm.load(-1);
            assertThat(vm.sets()).isEmpty();
            session.pendingImports().add(csv);
            vm.takePendingImports();
            ImportViewModel imp = vm.importer();
            assertThat(imp.fileProperty().get()).isEqualTo(csv);
            assertThat(imp.setNameProperty().get()).isEqualTo("quiz");
            assertThat(imp.preview()).hasSize(3);
            assertThat(imp.preview().get(0).user()).isEqualTo("What is the boiling point of water?");
            assertThat(imp.preview().get(0).reference()).isEmpty();
            assertThat(imp.detectedProperty().get()).contains("csv");

            imp.mappingProperty().set("prompt=Question,reference=Gold,category=Topic,id=No");
            imp.refreshPreview();
            assertThat(imp.preview().get(0).reference()).isEqualTo("100 °C");
            assertThat(imp.preview().get(2).category()).isEqualTo("chat");

            imp.mappingProperty().set("prompt=Nope");
            imp.refreshPreview();
            assertThat(imp.errorProperty().get()).contains("quiz.csv:1: no column 'Nope'").doesNotContain("Exception");
            imp.mappingProperty().set("prompt=Question,reference=Gold,category=Topic,id=No");
            imp.formatProperty().set(ImportFormat.CSV);
            assertThat(imp.errorProperty().get()).isEmpty();

            imp.importNow();
            assertThat(imp.fileProperty().get()).isNull();
            PromptSet set = store.promptSets().find("quiz").orElseThrow();
            assertThat(set.promptCount()).isEqualTo(3);
            assertThat(vm.selectedProperty().get().id()).isEqualTo(set.id());
            assertThat(vm.visiblePrompts()).hasSize(3);
            vm.searchProperty().set("PRIME");
            assertThat(vm.visiblePrompts()).extracting(PromptRow::key).containsExactly("8");
            assertThat(vm.statusProperty().get()).contains("Imported 3 prompts");

            imp.choose(csv);
            imp.importNow();
            assertThat(imp.errorProperty().get()).contains("already has a prompt set named");
        }
    }
}
