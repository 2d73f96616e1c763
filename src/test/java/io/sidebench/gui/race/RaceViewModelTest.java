package io.sidebench.gui.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaceViewModelTest {
    @TempDir
    Path dir;

    @Test
    void replaysStoredChunksAtTheirRecordedTimes() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("r.sidebench"), 3, 3)) {
            long runId = store.runs().list().get(0).id();
            List<Completion> all = store.completions().forRun(runId, true);
            long promptId = all.get(0).cell().promptId();
            Map<String, Long> ids = new LinkedHashMap<>();
            Map<String, Completion> byName = new LinkedHashMap<>();
            for (Completion c : all) {
                if (c.cell().promptId() == promptId) {
                    ids.put("m" + c.cell().modelId(), c.id());
                    byName.put("m" + c.cell().modelId(), c);
                }
            }
            RaceViewModel vm = new RaceViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH));
            boolean[] loaded = {false};
            vm.load("prompt", ids, () -> loaded[0] = true);
            assertThat(loaded[0]).isTrue();
            assertThat(vm.lanes()).hasSize(3);
            assertThat(vm.finishedProperty().get()).isFalse();

            vm.advanceTo(0);
            assertThat(vm.lanes()).allMatch(l -> l.textProperty().get().isEmpty());
            RaceLane first = vm.lanes().get(0);
            Completion c = byName.get(first.name());
            double firstChunk = c.chunks().get(0).atMs();
            vm.advanceTo(firstChunk);
            assertThat(first.textProperty().get()).isEqualTo(c.chunks().get(0).text());
            assertThat(first.statsProperty().get()).startsWith(String.format("TTFT %.0f ms", firstChunk));
            double middle = c.chunks().get(c.chunks().size() / 2).atMs();
            vm.advanceTo(middle);
            assertThat(c.text()).startsWith(first.textProperty().get());
            assertThat(first.textProperty().get().length()).isLessThan(c.text().length());

            vm.advanceTo(vm.lengthMs());
            assertThat(vm.finishedProperty().get()).isTrue();
            for (RaceLane lane : vm.lanes()) {
                assertThat(lane.textProperty().get()).isEqualTo(byName.get(lane.name()).text());
                assertThat(lane.statsProperty().get()).contains("tok/s");
            }
            vm.restart();
            assertThat(vm.lanes()).allMatch(l -> l.textProperty().get().isEmpty());
            assertThat(vm.finishedProperty().get()).isFalse();
        }
    }
}
