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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindViewModelTest {
    @TempDir
    Path dir;

    private static Map<Long, List<Answer>> answers(int prompts, long... models) {
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        for (long p = 1; p <= prompts; p++) {
            List<Answer> list = new ArrayList<>();
            for (long m : models) {
                list.add(new Answer(m, p * 100 + m));
            }
            answers.put(p, list);
        }
        return answers;
    }

    private static String pairOf(Pair p) {
        return Math.min(p.left().modelId(), p.right().modelId()) + "-" + Math.max(p.left().modelId(),
                p.right().modelId());
    }

    @Test
    void thePlanCoversEveryPairOnEveryPromptWithBalancedSidesAndIsSeeded() {
        Map<Long, List<Answer>> answers = answers(16, 10, 20, 30);
        List<Pair> plan = PairSchedule.plan(answers, 7);
        assertThat(PairSchedule.plan(answers, 7)).isEqualTo(plan);
        assertThat(PairSchedule.plan(answers, 8)).isNotEqualTo(plan);
        assertThat(plan).hasSize(48).allMatch(p -> p.left().modelId() != p.right().modelId());
        assertThat(plan.stream().map(Pair::key).distinct().count()).as("no comparison twice").isEqualTo(48);

        Map<String, Long> perPair = plan.stream().collect(Collectors.groupingBy(BlindViewModelTest::pairOf,
                Collectors.counting()));
        assertThat(perPair).containsOnlyKeys("10-20", "10-30", "20-30").allSatisfy((k, n) -> assertThat(n).isEqualTo(16));
        for (String pair : perPair.keySet()) {
            long lowLeft = plan.stream().filter(p -> pairOf(p).equals(pair))
                    .filter(p -> p.left().modelId() < p.right().modelId()).count();
            assertThat(lowLeft).as("left/right of " + pair).isEqualTo(8);
        }
        Map<Long, Long> perPrompt = plan.stream().collect(Collectors.groupingBy(Pair::promptId, Collectors.counting()));
        assertThat(perPrompt).hasSize(16).allSatisfy((k, n) -> assertThat(n).isEqualTo(3));
        // any prefix is balanced: each round of three holds every pair once, on three different prompts
        for (int round = 0; round < 16; round++) {
            List<Pair> r = plan.subList(round * 3, round * 3 + 3);
            assertThat(r.stream().map(BlindViewModelTest::pairOf).collect(Collectors.toSet())).hasSize(3);
            assertThat(r.stream().map(Pair::promptId).collect(Collectors.toSet())).hasSize(3);
        }
        // the answers shown are the prompt's own
        assertThat(plan).allMatch(p -> p.left().completionId() / 100 == p.promptId()
                && p.right().completionId() / 100 == p.promptId());
    }

    @Test
    void fourModelsAndMissingAnswersStayBalanced() {
        Map<Long, List<Answer>> answers = answers(9, 1, 2, 3, 4);
        answers.put(5L, List.of(new Answer(1, 501), new Answer(2, 502)));
        answers.put(99L, List.of(new Answer(1, 9901)));
        List<Pair> plan = PairSchedule.plan(answers, 3);
        Map<String, Long> perPair = plan.stream().collect(Collectors.groupingBy(BlindViewModelTest::pairOf,
                Collectors.counting()));
        assertThat(perPair).hasSize(6);
        assertThat(perPair.get("1-2")).isEqualTo(9);
        assertThat(perPair).allSatisfy((k, n) -> assertThat(n).isBetween(8L, 9L));
        assertThat(plan).noneMatch(p -> p.promptId() == 99);
        for (String pair : perPair.keySet()) {
            long lowLeft = plan.stream().filter(p -> pairOf(p).equals(pair))
                    .filter(p -> p.left().modelId() < p.right().modelId()).count();
            assertThat(Math.abs(2 * lowLeft - perPair.get(pair))).as("left/right of " + pair).isLessThanOrEqualTo(1);
        }
        // the first six comparisons show all six pairs once
        assertThat(plan.subList(0, 6).stream().map(BlindViewModelTest::pairOf).collect(Collectors.toSet())).hasSize(6);
        Set<String> judged = Set.of(PairSchedule.key(1, 1, 2), PairSchedule.key(1, 3, 4));
        assertThat(PairSchedule.build(answers, judged, 3)).hasSize(plan.size() - 2)
                .noneMatch(p -> judged.contains(p.key()));
    }

    @Test
    void votesAreStoredWithPositionsTheNamesToldAndTheNextComparisonFollows() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("b.sidebench"), 10, 3)) {
            MemorySettings settings = new MemorySettings();
            settings.put("annotator", "lee");
            BlindViewModel vm = new BlindViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    new AppPreferences(settings));
            Run run = store.runs().list().get(0);
            vm.open(run);
            // 10 prompts x 3 pairs, less the pairs of the last model on the prompt it failed (q5): 30 - 2
            assertThat(vm.plannedProperty().get()).isEqualTo(28);
            assertThat(vm.totalProperty().get()).isEqualTo(28);
            assertThat(vm.indexProperty().get()).isZero();
            assertThat(vm.leftNameProperty().get()).isEqualTo("Answer A");
            Pair first = vm.pairs().get(0);
            String leftName = store.models().get(first.left().modelId()).orElseThrow().displayName();
            String rightName = store.models().get(first.right().modelId()).orElseThrow().displayName();

            vm.vote(VoteOutcome.RIGHT);
            assertThat(vm.indexProperty().get()).as("advances after a vote").isEqualTo(1);
            assertThat(vm.revealedProperty().get()).isFalse();
            assertThat(vm.leftNameProperty().get()).isEqualTo("Answer A");
            assertThat(vm.statusProperty().get()).isEqualTo("Vote saved (1 of 28 voted): A was " + leftName
                    + ", B was " + rightName + ".");
            assertThat(vm.votedCountProperty().get()).isEqualTo(1);
            vm.vote(VoteOutcome.TIE);
            assertThat(vm.indexProperty().get()).isEqualTo(2);
            vm.previous();
            vm.previous();
            assertThat(vm.revealedProperty().get()).isTrue();
            assertThat(vm.outcomeProperty().get()).isEqualTo(VoteOutcome.RIGHT);
            assertThat(vm.leftNameProperty().get()).isEqualTo(leftName);
            vm.vote(VoteOutcome.LEFT);
            assertThat(store.votes().forRun(run.id())).as("a comparison takes one vote").hasSize(2);

            List<Vote> votes = store.votes().forRun(run.id());
            Vote v = votes.get(0);
            assertThat(v.outcome()).isEqualTo(VoteOutcome.RIGHT);
            assertThat(v.voter()).isEqualTo("lee");
            assertThat(v.leftModelId()).isEqualTo(first.left().modelId());
            assertThat(v.rightModelId()).isEqualTo(first.right().modelId());
            assertThat(v.leftCompletionId()).isEqualTo(first.left().completionId());
            assertThat(v.winnerModelId()).isEqualTo(first.right().modelId());

            // opened again: earlier votes hidden by default, counted in the progress
            vm.open(run);
            assertThat(vm.hideVotedProperty().get()).isTrue();
            assertThat(vm.totalProperty().get()).isEqualTo(26);
            assertThat(vm.votedCountProperty().get()).isEqualTo(2);
            assertThat(vm.pairs()).noneMatch(p -> p.key().equals(first.key()));
            assertThat(vm.revealedProperty().get()).isFalse();

            // shown: the whole plan, the earlier votes revealed in place, the first open one selected
            vm.hideVotedProperty().set(false);
            assertThat(vm.totalProperty().get()).isEqualTo(28);
            assertThat(vm.indexProperty().get()).isEqualTo(2);
            vm.previous();
            vm.previous();
            assertThat(vm.revealedProperty().get()).isTrue();
            assertThat(vm.outcomeProperty().get()).isEqualTo(VoteOutcome.RIGHT);

            // another annotator sees every comparison open
            settings.put("annotator", "kim");
            vm.open(run);
            assertThat(vm.totalProperty().get()).isEqualTo(28);
            assertThat(vm.votedCountProperty().get()).isZero();
        }
    }

    @Test
    void votingOnEveryComparisonSaysSo() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("all.sidebench"), 2, 2)) {
            MemorySettings settings = new MemorySettings();
            settings.put("annotator", "lee");
            BlindViewModel vm = new BlindViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    new AppPreferences(settings));
            Run run = store.runs().list().get(0);
            vm.open(run);
            assertThat(vm.totalProperty().get()).isEqualTo(2);
            vm.vote(VoteOutcome.LEFT);
            vm.vote(VoteOutcome.BOTH_BAD);
            assertThat(vm.statusProperty().get()).endsWith("You have voted on every comparison (2 of 2).");
            assertThat(vm.revealedProperty().get()).isTrue();
            vm.open(run);
            assertThat(vm.totalProperty().get()).isZero();
            assertThat(vm.statusProperty().get()).isEqualTo("You have voted on every comparison (2 of 2).");
        }
    }
}
