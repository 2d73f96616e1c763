package io.sidebench.gui.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlideDeckTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void aScoredRunGivesTheWholeStoryInOrder() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("d.sidebench"), 12, 4)) {
            Report report = new ReportBuilder(store, Clock.systemUTC()).build(store.runs().list().get(0));
            SlideDeck deck = SlideDeck.of(report, Set.of("ttft-box", "tokens-per-second", "quality-vs-cost",
                    "quality-vs-speed", "score-distribution"), true, messages);
            assertThat(deck.slides()).extracting(Slide::kind).containsExactly(SlideKind.OBJECTIVE, SlideKind.DATASET,
                    SlideKind.LEADERBOARD, SlideKind.SPEED, SlideKind.QUALITY_COST, SlideKind.PROFILES,
                    SlideKind.EXAMPLE, SlideKind.EXAMPLE, SlideKind.EXAMPLE, SlideKind.RACE);
            Slide objective = deck.slides().get(0);
            assertThat(objective.title()).isEqualTo("Customer support assistant");
            assertThat(objective.lines()).first().asString().startsWith("Pick the model");
            assertThat(objective.lines()).anyMatch(l -> l.equals("Rubric: accuracy, tone, safety"));
            assertThat(deck.slides().get(1).lines()).contains("Prompt set \"support-en-zh\": 12 prompts",
                    "Categories: account, billing, returns, shipping");
            assertThat(deck.slides().get(2).lines()).hasSize(4).first().asString().startsWith("1. ")
                    .contains("rougeL");
            assertThat(deck.slides().get(3).charts()).containsExactly("tokens-per-second", "ttft-box");
            assertThat(deck.slides().get(4).charts()).containsExactly("quality-vs-cost");
            assertThat(deck.slides().subList(6, 9)).extracting(Slide::id)
                    .containsExactly("slide-example-1", "slide-example-2", "slide-example-3");
        }
    }

    @Test
    void slidesWithoutDataAreLeftOut() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("u.sidebench"), 6, 2, false)) {
            Report report = new ReportBuilder(store, Clock.systemUTC()).build(store.runs().list().get(0));
            SlideDeck deck = SlideDeck.of(report, Set.of("quality-vs-speed"), false, messages);
            assertThat(deck.slides()).extracting(Slide::kind).doesNotContain(SlideKind.SPEED, SlideKind.RACE)
                    .contains(SlideKind.QUALITY_COST);
            assertThat(deck.slides()).filteredOn(s -> s.kind() == SlideKind.QUALITY_COST).first()
                    .extracting(Slide::charts).isEqualTo(List.of("quality-vs-speed"));
        }
    }

    @Test
    void navigationStopsAtBothEnds() {
        SlideDeck deck = new SlideDeck(List.of(
                new Slide(SlideKind.OBJECTIVE, "a", List.of(), List.of(), 0),
                new Slide(SlideKind.DATASET, "b", List.of(), List.of(), 0),
                new Slide(SlideKind.LEADERBOARD, "c", List.of(), List.of(), 0)));
        var position = deck.positionText();
        assertThat(position.get()).isEqualTo("1 / 3");
        assertThat(deck.previous()).isFalse();
        assertThat(deck.next()).isTrue();
        assertThat(deck.next()).isTrue();
        assertThat(deck.current().title()).isEqualTo("c");
        assertThat(position.get()).isEqualTo("3 / 3");
        assertThat(deck.next()).isFalse();
        assertThat(deck.indexProperty().get()).isEqualTo(2);
        assertThat(deck.previous()).isTrue();
        assertThat(deck.current().title()).isEqualTo("b");
        deck.goTo(99);
        assertThat(deck.current().title()).isEqualTo("c");
    }
}
