package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff shown before the user picks one compares two successful answers, never a failed one. */
class DefaultDiffTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultDiffSkipsFailedAnswersAndAChoiceIsKept() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("d.sidebench"), "diff")) {
            PromptSet set = TestProjects.promptSet(store, "qa", 3);
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            List<Long> ids = new ArrayList<>();
            for (String name : List.of("first", "second", "third")) {
                ModelConfig m = TestProjects.openAi(store, name, "http://127.0.0.1:1/v1", name);
                ids.add(m.id());
            }
            Run run = store.runs().create(new Run(0, "r", set.id(), ids, 1, 7, RunStatus.FINISHED, Instant.now(),
                    Instant.now()));
            for (Prompt p : prompts) {
                for (int m = 0; m < ids.size(); m++) {
                    // q1: the first model failed; q2: the second and third failed (one answer: nothing to diff)
                    boolean failed = p.key().equals("q1") && m == 0 || p.key().equals("q2") && m > 0;
                    CellKey cell = new CellKey(run.id(), p.id(), ids.get(m), 0);
                    store.completions().save(new Completion(0, cell, failed ? CompletionStatus.ERROR
                            : CompletionStatus.OK, failed ? null : "answer " + m, List.of(), null,
                            failed ? "HTTP 500" : null, Metrics.NONE, List.of(), false, 1, Instant.now()));
                }
            }
            CompareViewModel vm = new CompareViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH), new AppPreferences(new MemorySettings()), null);
            vm.load();

            vm.select(row(vm, "q0"), 0);
            assertThat(sides(vm)).containsExactly(0, 1);
            vm.select(row(vm, "q1"), 0);
            assertThat(sides(vm)).as("the failed first answer is not diffed").containsExactly(1, 2);
            vm.select(row(vm, "q2"), 0);
            assertThat(sides(vm)).as("one answer only: no diff").containsExactly(-1, -1);

            vm.chooseDiff(0, 2);
            vm.select(row(vm, "q1"), 1);
            assertThat(sides(vm)).as("the user's choice is kept").containsExactly(0, 2);
        }
    }

    private static GridRow row(CompareViewModel vm, String key) {
        return vm.view().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<Integer> sides(CompareViewModel vm) {
        return List.of(vm.diffLeftProperty().get(), vm.diffRightProperty().get());
    }
}
