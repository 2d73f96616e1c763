package io.sidebench.gui.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.JudgedProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.stats.RunFigures;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slides rank by the metric chosen in Analyse and show the human ratings per dimension and agreement. */
class HumanSlidesTest {
    @TempDir
    Path dir;

    @Test
    void slidesShowTheChosenLeaderboardHumanRatingsAndAgreement() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("s.sidebench"), 8, 3)) {
            JudgedProject.rate(store);
            store.meta().put(RunFigures.METRIC_KEY, "human:correctness");   // as Analyse remembers it
            PresentationViewModel vm = new PresentationViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH));
            vm.load(store.runs().list().get(0), false, () -> { });
            SlideDeck deck = vm.deckProperty().get();
            assertThat(deck.slides()).extracting(Slide::kind).containsSubsequence(SlideKind.LEADERBOARD,
                    SlideKind.HUMAN_RATINGS, SlideKind.AGREEMENT);
            Slide board = deck.slides().stream().filter(s -> s.kind() == SlideKind.LEADERBOARD).findFirst().orElseThrow();
            assertThat(board.lines().get(0)).startsWith("1. deepseek-chat — correctness (human rating, 1–5) 3.857 [");
            assertThat(vm.figures().table("human-ratings").rows()).isNotEmpty();
            Slide agreement = deck.slides().stream().filter(s -> s.kind() == SlideKind.AGREEMENT).findFirst()
                    .orElseThrow();
            assertThat(agreement.lines().get(0)).contains("Landis–Koch");
            assertThat(agreement.id()).isEqualTo("slide-agreement");
        }
    }

    @Test
    void aRunWithoutRatingsHasNoHumanSlides() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("n.sidebench"), 6, 3)) {
            PresentationViewModel vm = new PresentationViewModel(store, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH));
            vm.load(store.runs().list().get(0), false, () -> { });
            assertThat(vm.deckProperty().get().slides()).extracting(Slide::kind)
                    .doesNotContain(SlideKind.HUMAN_RATINGS, SlideKind.AGREEMENT);
            assertThat(vm.deckProperty().get().slides().get(2).lines().get(0)).contains("rougeL");
        }
    }
}
