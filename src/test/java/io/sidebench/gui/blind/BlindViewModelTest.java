package io.sidebench.gui.blind;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.blind.PairSchedule.Answer;
import io.sidebench.gui.blind.PairSchedule.Pair;
import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindViewModelTest {
    @TempDir
    Path dir;

    @Test
    void scheduleIsSeededAndSkipsJudgedPairs() {
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        for (long p = 1; p <= 50; p++) {
            answers.put(p, List.of(new Answer(10, p * 10), new Answer(20, p * 10 + 1), new Answer(30, p * 10 + 2)));
        }
        answers.put(99L, List.of(new Answer(10, 990)));
        List<Pair> a = PairSchedule.build(answers, Set.of(), 7);
        assertThat(PairSchedule.build(answers, Set.of(), 7)).isEqualTo(a);
        assertThat(PairSchedule.build(answers, Set.of(), 8)).isNotEqualTo(a);
        assertThat(a).hasSize(50).allMatch(p -> p.left().modelId() != p.right().modelId());
        long leftLow = a.stream().filter(p -> p.left().modelId() < p.right().modelId()).count();
        assertThat(leftLow).isBetween(10L, 40L);
        Set<String> judged = Set.of(PairSchedule.key(1, 10, 20), PairSchedule.key(1, 20, 30), PairSchedule.key(1, 10, 30));
        assertThat(PairSchedule.build(answers, judged, 7)).hasSize(49).noneMatch(p -> p.promptId() == 1);
    }

    @Test
    void votesAreStoredWithPositionsAndNamesRevealedAfterwards() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("b.sidebench"), 10, 3)) {
            MemorySettings settings = new MemorySettings();
            settings.put("annotator", "lee");
            BlindViewModel vm = new BlindViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    new AppPreferences(settings));
            Run run = store.runs().list().get(0);
            vm.open(run);
            assertThat(vm.totalProperty().get()).isEqualTo(10);
            assertThat(vm.leftNameProperty().get()).isEqualTo("Answer A");
            Pair first = vm.pairs().get(0);
            vm.vote(VoteOutcome.RIGHT);
            vm.vote(VoteOutcome.LEFT);
            assertThat(vm.revealedProperty().get()).isTrue();
            assertThat(vm.leftNameProperty().get())
                    .isEqualTo(store.models().get(first.left().modelId()).orElseThrow().displayName());
            vm.next();
            assertThat(vm.revealedProperty().get()).isFalse();
            vm.vote(VoteOutcome.TIE);
            vm.previous();
            assertThat(vm.outcomeProperty().get()).isEqualTo(VoteOutcome.RIGHT);

            List<Vote> votes = store.votes().forRun(run.id());
            assertThat(votes).hasSize(2);
            Vote v = votes.get(0);
            assertThat(v.outcome()).isEqualTo(VoteOutcome.RIGHT);
            assertThat(v.voter()).isEqualTo("lee");
            assertThat(v.leftModelId()).isEqualTo(first.left().modelId());
            assertThat(v.rightModelId()).isEqualTo(first.right().modelId());
            assertThat(v.leftCompletionId()).isEqualTo(first.left().completionId());
            assertThat(v.winnerModelId()).isEqualTo(first.right().modelId());

            vm.open(run);
            assertThat(vm.totalProperty().get()).isEqualTo(10);
            assertThat(vm.pairs()).noneMatch(p -> p.promptId() == first.promptId()
                    && Set.of(p.left().modelId(), p.right().modelId())
                    .equals(Set.of(first.left().modelId(), first.right().modelId())));
        }
    }
}
