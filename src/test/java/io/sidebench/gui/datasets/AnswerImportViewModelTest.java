package io.sidebench.gui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.answers.AnswerField;
import io.sidebench.logic.answers.AnswerFormat;
import io.sidebench.logic.answers.AnswerImportService;
import io.sidebench.logic.answers.AnswerImporters;
import io.sidebench.logic.answers.ImportKind;
import io.sidebench.logic.answers.ImportedRun;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerImportViewModelTest {
    @TempDir
    Path dir;

    private AnswerImportViewModel vm(ProjectStore store, Locale locale) {
        return new AnswerImportViewModel(store, new SameThreadTaskExecutor(), new Messages(locale),
                new AnswerImportService(AnswerImporters.standard()));
    }

    @Test
    void previewsAWideTableAsItWillBeStoredThenImportsItIntoAMarkedRun() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("a.sidebench"), "A")) {
            TestProjects.promptSet(store, "qa", 2);
            AnswerImportViewModel vm = vm(store, Locale.ENGLISH);
            List<String> said = new ArrayList<>();
            vm.setOnImported(said::add);
            Path good = Files.writeString(dir.resolve("wide.csv"), "id,gpt-4o,qwen\nq0,答案 🎉,answer\nq1,x,y\n");
            vm.choose(good, "qa");
            assertThat(vm.kindProperty().get()).isEqualTo(ImportKind.ANSWERS);
            assertThat(vm.detectedProperty().get()).isEqualTo("Detected wide");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.columns()).containsExactly("id", "gpt-4o", "qwen");
            assertThat(vm.modelColumns()).extracting(ModelColumn::name).containsExactly("gpt-4o", "qwen");
            assertThat(vm.preview()).hasSize(4);
            assertThat(vm.preview().get(0)).isEqualTo(new AnswerPreviewRow(2, "q0", "gpt-4o", "", "答案 🎉",
                    "none (not measured by Sidebench)"));
            assertThat(vm.models()).containsExactly("gpt-4o (new)", "qwen (new)");
            assertThat(vm.summaryProperty().get()).isEqualTo("Will import 4 answers of 2 models into the new run "
                    + "\u201cimported wide.csv\u201d of set \u201cqa\u201d; speed not measured by Sidebench.");
            assertThat(store.runs().list()).as("the check writes nothing").isEmpty();
            assertThat(store.models().list()).isEmpty();

            vm.importNow();
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.statusProperty().get()).isEqualTo(
                    "Imported 4 answers of 2 models into run \u201cimported wide.csv\u201d; speed not measured by Sidebench");
            assertThat(said).containsExactly(vm.statusProperty().get());
            assertThat(vm.fileProperty().get()).isNull();
            long runId = store.runs().list().get(0).id();
            assertThat(ImportedRun.find(store, runId)).hasValueSatisfying(m -> assertThat(m.format()).isEqualTo("wide"));
            assertThat(store.completions().forRun(runId, false)).extracting(Completion::text).contains("答案 🎉");
        }
    }

    @Test
    void aRefusedFileListsEveryProblemInTheScreensWordsAndWritesNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("b.sidebench"), "B")) {
            TestProjects.promptSet(store, "qa", 2);
            AnswerImportViewModel vm = vm(store, Locale.ENGLISH);
            Path bad = Files.writeString(dir.resolve("bad.csv"), "id,prompt,gpt-4o\nq0,question 0,a\nq7,新问题,b\nq8,another,c\n");
            vm.choose(bad, "qa");
            assertThat(vm.errorProperty().get()).startsWith(bad + ":3: no prompt with id 'q7'")
                    .contains("tick \u201cAdd prompts the set lacks\u201d").doesNotContain("--");
            assertThat(vm.problems()).hasSize(2);
            assertThat(vm.problems().get(1)).startsWith(bad + ":4: ");
            assertThat(vm.preview()).as("the first rows still show").hasSize(3);
            vm.importNow();
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("Nothing imported: 2 problem(s); first: " + bad + ":3:");
            assertThat(store.runs().list()).isEmpty();
            assertThat(store.completions().count()).isZero();

            vm.addMissingProperty().set(true);
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.summaryProperty().get()).contains("2 prompts the set lacks will be added");
        }
    }

    @Test
    void theColumnMappingPicksColumnsWithUnusualNamesAndTheModelColumnsCanBeUnticked() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("c.sidebench"), "C")) {
            TestProjects.promptSet(store, "qa", 2);
            AnswerImportViewModel vm = vm(store, Locale.ENGLISH);
            Path odd = Files.writeString(dir.resolve("odd.csv"), "q,who,text,ms\nq0,m1,答 😀,120\nq1,m1,b,80\n");
            vm.choose(odd, "qa");
            vm.formatProperty().set(AnswerFormat.LONG);
            assertThat(vm.errorProperty().get()).contains("no prompt id or prompt column");
            assertThat(vm.columns()).containsExactly("q", "who", "text", "ms");
            vm.columnProperty(AnswerField.ID).set(ColumnChoice.of("q"));
            vm.columnProperty(AnswerField.MODEL).set(ColumnChoice.of("who"));
            vm.columnProperty(AnswerField.ANSWER).set(ColumnChoice.of("text"));
            vm.columnProperty(AnswerField.LATENCY).set(ColumnChoice.of("ms"));
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.preview().get(0)).isEqualTo(new AnswerPreviewRow(2, "q0", "m1", "", "答 😀", "latency 120 ms"));
            assertThat(vm.summaryProperty().get()).contains("speed figures are the file\u2019s, not measured by Sidebench");

            Path wide = Files.writeString(dir.resolve("w.csv"), "id,a,b,notes\nq0,x,y,skip me\nq1,x,y,\n");
            TestProjects.model(store, "a", io.sidebench.model.ProviderKind.IMPORTED, null, "a",
                    io.sidebench.model.ModelParams.DEFAULTS);
            vm.choose(wide, "qa");
            assertThat(vm.modelColumns()).extracting(ModelColumn::name).containsExactly("a", "b", "notes");
            vm.modelColumns().get(2).selectedProperty().set(false);
            assertThat(vm.models()).containsExactly("b (new)", "a (already in the project)");
            assertThat(vm.summaryProperty().get()).startsWith("Will import 4 answers of 2 models");
            vm.modelColumns().forEach(m -> m.selectedProperty().set(false));
            assertThat(vm.errorProperty().get()).isEqualTo("Tick at least one model column: nothing would be imported.");
        }
    }

    @Test
    void votesAboutARunAreDetectedCountedAndImported() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("d.sidebench"), "D")) {
            TestProjects.promptSet(store, "qa", 2);
            AnswerImportViewModel vm = vm(store, Locale.SIMPLIFIED_CHINESE);
            vm.choose(Files.writeString(dir.resolve("w.csv"), "id,gpt-4o,qwen\nq0,好,ok\nq1,x,y\n"), "qa");
            vm.importNow();
            Path battles = Files.writeString(dir.resolve("battles.csv"),
                    "id,model_a,model_b,winner\nq0,gpt-4o,qwen,model_a\nq1,gpt-4o,qwen,tie\n");
            vm.choose(battles, "qa");
            assertThat(vm.kindProperty().get()).isEqualTo(ImportKind.VOTES);
            assertThat(vm.targetRunProperty().get().name()).isEqualTo("导入的 w.csv");
            assertThat(vm.summaryProperty().get()).isEqualTo("将导入关于运行“导入的 w.csv”的 0 个评审分数和 2 条投票（arena）。");
            assertThat(store.votes().forRun(vm.targetRunProperty().get().id())).isEmpty();
            vm.importNow();
            assertThat(vm.statusProperty().get()).startsWith("已导入");
            assertThat(store.votes().forRun(store.runs().list().get(0).id())).hasSize(2);

            Path wrong = Files.writeString(dir.resolve("wrong.csv"), "id,model_a,model_b,winner\nq9,gpt-4o,qwen,model_a\n");
            vm.choose(wrong, "qa");
            assertThat(vm.errorProperty().get()).startsWith(wrong + ":2:");
        }
    }
}
