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
            assertThat(vm.lanes().get(0).baseline()).as("the demo's first model is a baseline").isTrue();
            RaceLane first = vm.lanes().get(1);
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
            Messages en = new Messages(Locale.ENGLISH);
            for (RaceLane lane : vm.lanes()) {
                Completion answer = byName.get(lane.name());
                assertThat(lane.textProperty().get()).isEqualTo(answer.text());
                if (lane.baseline()) {
                    assertThat(lane.statsProperty().get()).isEqualTo("TTFT \u2013 ms \u00B7 \u2013 tok/s");
                } else {
                    // the cards' definition: output tokens / end-to-end seconds, formatted as the cards do
                    assertThat(lane.statsProperty().get()).endsWith(" \u00B7 " + en.number(
                            answer.metrics().outputTokens() / (answer.metrics().e2eMs() / 1000.0), 1) + " tok/s");
                }
            }
            List<RaceLane> racing = vm.lanes().stream().filter(l -> !l.baseline()).sorted(
                    java.util.Comparator.comparingDouble(RaceLane::endMs)).toList();
            assertThat(vm.finishOrder()).containsExactlyElementsOf(racing);
            assertThat(racing.get(0).placeProperty().get()).isEqualTo(1);
            assertThat(racing.get(1).placeProperty().get()).isEqualTo(2);
            assertThat(vm.lanes().get(0).placeProperty().get()).as("a baseline takes no place").isZero();
            assertThat(vm.finishLineProperty().get()).isEqualTo("Finish order: 1. " + racing.get(0).name() + " "
                    + en.number(racing.get(0).endMs() / 1000.0, 2) + " s  \u00B7  2. " + racing.get(1).name() + " "
                    + en.number(racing.get(1).endMs() / 1000.0, 2) + " s");
            vm.restart();
            assertThat(vm.finishOrder()).isEmpty();
            assertThat(vm.lanes()).allMatch(l -> l.textProperty().get().isEmpty());
            assertThat(vm.finishedProperty().get()).isFalse();
        }
    }
}
