package io.sidebench.gui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.PromptField;
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

            assertThat(imp.columns()).containsExactly("No", "Question", "Gold", "Topic");
            assertThat(imp.automaticColumn(PromptField.PROMPT)).isEqualTo("Question");
            assertThat(imp.automaticColumn(PromptField.REFERENCE)).isNull();
            // each choice previews again at once
            imp.columnProperty(PromptField.REFERENCE).set(ColumnChoice.of("Gold"));
            assertThat(imp.preview().get(0).reference()).isEqualTo("100 °C");
            imp.columnProperty(PromptField.CATEGORY).set(ColumnChoice.of("Topic"));
            imp.columnProperty(PromptField.ID).set(ColumnChoice.of("No"));
            assertThat(imp.preview().get(2).category()).isEqualTo("chat");
            assertThat(imp.preview().get(2).key()).isEqualTo("9");
            imp.columnProperty(PromptField.CATEGORY).set(ColumnChoice.NONE);
            assertThat(imp.preview().get(2).category()).isEmpty();
            imp.columnProperty(PromptField.CATEGORY).set(ColumnChoice.of("Topic"));

            imp.columnProperty(PromptField.PROMPT).set(ColumnChoice.of("Nope"));
            assertThat(imp.errorProperty().get()).endsWith("quiz.csv:1: no column 'Nope' (chosen in the Prompt box); "
                    + "the columns are 'No', 'Question', 'Gold', 'Topic'");
            imp.columnProperty(PromptField.PROMPT).set(ColumnChoice.of("Question"));
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
            assertThat(imp.columnProperty(PromptField.REFERENCE).get()).isEqualTo(ColumnChoice.AUTO);
            imp.importNow();
            assertThat(imp.errorProperty().get()).contains("already has a prompt set named 'quiz'; "
                    + "type another name in the Set name box");
        }
    }

    @Test
    void importErrorsSpeakTheScreensLanguageNotTheCommandLines() throws Exception {
        Path noPrompt = Files.writeString(dir.resolve("people.csv"), "name,age\nAda,36\n");
        Path unknown = Files.writeString(dir.resolve("notes.txt"), "just some words\nand more\n");
        try (ProjectStore store = ProjectStore.create(dir.resolve("e.sidebench"), "E")) {
            ImportViewModel imp = new ImportViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    PromptImporters.standard());
            imp.choose(noPrompt);
            assertThat(imp.errorProperty().get()).contains("people.csv:1: no prompt column")
                    .endsWith("the columns are 'name', 'age'; choose the prompt column in the Prompt box")
                    .doesNotContain("--map");
            assertThat(imp.columns()).containsExactly("name", "age");
            imp.columnProperty(PromptField.PROMPT).set(ColumnChoice.of("name"));
            assertThat(imp.errorProperty().get()).isEmpty();
            assertThat(imp.preview()).extracting(PromptRow::user).containsExactly("Ada");

            imp.choose(unknown);
            assertThat(imp.errorProperty().get()).contains("notes.txt:1: cannot tell the format of the file; "
                    + "choose the format in the Format box (").doesNotContain("--format");
            imp.formatProperty().set(ImportFormat.CSV);
            assertThat(imp.errorProperty().get()).contains("choose the prompt column in the Prompt box");
        }
    }
}
