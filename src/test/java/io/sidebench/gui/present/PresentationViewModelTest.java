package io.sidebench.gui.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresentationViewModelTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheDeckAndLoadsARaceOfRealModels() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("p.sidebench"), 10, 6)) {
            PresentationViewModel vm = new PresentationViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH));
            boolean[] ready = {false};
            vm.load(store.runs().list().get(0), false, () -> ready[0] = true);
            assertThat(ready[0]).isTrue();
            assertThat(vm.deckProperty().get().slides()).extracting(Slide::kind).contains(SlideKind.RACE);
            assertThat(vm.charts()).containsKeys("ttft-box", "tokens-per-second", "quality-vs-cost");
            // the extractive baseline answers instantly: it does not race; at most four models do
            assertThat(vm.race().lanes()).hasSize(PresentationViewModel.RACERS)
                    .noneMatch(l -> l.name().contains("baseline"));
            assertThat(vm.race().titleProperty().get()).isNotBlank();
        }
    }
}
