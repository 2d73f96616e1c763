package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.JudgedProject;
import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisagreementsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void listsTheMostDisagreedAnswersWithEveryRatingAndShowsOneInTheGrid() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("d.sidebench"), 8, 3)) {
            JudgedProject.rate(store);
            Messages messages = new Messages(Locale.ENGLISH);
            CompareViewModel compare = new CompareViewModel(store, new SameThreadTaskExecutor(), messages,
                    new AppPreferences(new MemorySettings()), null);
            DisagreementsViewModel vm = new DisagreementsViewModel(store, new SameThreadTaskExecutor(), messages,
                    compare);
            vm.load();
            assertThat(vm.statusProperty().get()).isEqualTo("No run shown.");
            compare.load();
            vm.load();
            // chen rated the first prompt's answers differently: correctness 1 (a spread of (k+1)/4 of 1–5)
            // and safety fail (a spread of 1, the whole pass/fail scale)
            assertThat(vm.rows()).hasSize(3).allSatisfy(r -> {
                assertThat(r.prompt()).isEqualTo(compare.rows().get(0).key());
                assertThat(r.dimension()).isEqualTo("safety");
                assertThat(r.spreadText()).isEqualTo("100 %");
                assertThat(r.ratings()).hasSize(3);
            });
            DisagreementsViewModel.Row row = vm.rows().get(2);
            assertThat(row.ratings()).contains("chen: correctness 1, safety 0, tone " + row.ratings().get(0)
                    .replaceAll(".*tone ", "") + " — “wrong and unsafe”");
            assertThat(row.ratings().get(0)).startsWith("ana: correctness ").doesNotContain("“");
            assertThat(vm.statusProperty().get()).isEqualTo("3 answers, the most disagreed first");

            // move away, then choose the row: the grid shows that prompt in that model's column
            compare.select(compare.view().get(5), 0);
            vm.open(row);
            assertThat(compare.selectedRowProperty().get().promptId()).isEqualTo(row.promptId());
            assertThat(compare.selectedModelConfig().id()).isEqualTo(row.modelId());
            assertThat(compare.detailProperty().get().prompt().id()).isEqualTo(row.promptId());
        }
    }
}
