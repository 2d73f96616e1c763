package io.sidebench.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFeedTest {
    private final LiveFeed feed = new LiveFeed();

    @Test
    void followsOneCellPerModelUntilItEndsThenTheNextThatStreams() {
        CellKey a1 = new CellKey(1, 10, 1, 0);
        CellKey a2 = new CellKey(1, 11, 1, 0);
        CellKey b1 = new CellKey(1, 10, 2, 0);
        feed.chunk(a1, 0, "Hel", false);
        feed.chunk(a2, 0, "Other", false);
        feed.chunk(b1, 0, "你好", false);
        feed.chunk(a1, 0, "lo", false);
        feed.chunk(a1, 0, "thinking...", true);
        assertThat(feed.snapshot().get(1L)).isEqualTo(new LiveFeed.Snapshot(a1, "Hello", false, false));
        assertThat(feed.snapshot().get(2L).text()).isEqualTo("你好");

        feed.completed(done(a2, "Other answer"));
        assertThat(feed.snapshot().get(1L).cell()).as("another cell's end does not steal the lane").isEqualTo(a1);
        feed.completed(done(a1, "Hello"));
        assertThat(feed.snapshot().get(1L).done()).isTrue();
        feed.chunk(a2, 1, "next", false);
        assertThat(feed.snapshot().get(1L)).isEqualTo(new LiveFeed.Snapshot(a2, "next", false, false));
    }

    @Test
    void showsAnswersThatDoNotStreamAndErrorsAndSeparatesTurns() {
        CellKey cached = new CellKey(1, 10, 3, 0);
        feed.completed(done(cached, "From the cache"));
        assertThat(feed.snapshot().get(3L)).isEqualTo(new LiveFeed.Snapshot(cached, "From the cache", true, false));
        CellKey failing = new CellKey(1, 11, 3, 0);
        feed.chunk(failing, 0, "Partial", false);
        feed.completed(new Completion(0, failing, CompletionStatus.ERROR, null, List.of(), null, "HTTP 500: boom",
                Metrics.NONE, List.of(), false, 3, Instant.EPOCH));
        assertThat(feed.snapshot().get(3L)).isEqualTo(new LiveFeed.Snapshot(failing, "HTTP 500: boom", true, true));
        CellKey multi = new CellKey(1, 12, 4, 0);
        feed.chunk(multi, 0, "First.", false);
        feed.chunk(multi, 1, "Second.", false);
        assertThat(feed.snapshot().get(4L).text()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void keepsOnlyTheTailOfAVeryLongAnswer() {
        CellKey cell = new CellKey(1, 10, 5, 0);
        for (int i = 0; i < 2_000; i++) {
            feed.chunk(cell, 0, "0123456789", false);
        }
        assertThat(feed.snapshot().get(5L).text()).hasSize(LiveFeed.MAX_CHARS);
    }

    @Test
    void aRetriedAttemptAndLatePiecesNeverEndUpInTheLane() {
        // defect 7: a lane labelled "Prompt en-1, repeat 2" ended with "the", or with words not in the answer
        CellKey cell = new CellKey(1, 10, 1, 1);
        feed.attempt(cell, 0, 1);
        feed.chunk(cell, 0, "the", false);
        feed.attempt(cell, 0, 2); // the first attempt broke off mid-stream and is retried
        assertThat(feed.snapshot().get(1L).text()).isEmpty();
        feed.chunk(cell, 0, "Hello ", false);
        feed.chunk(cell, 0, "world", false);
        feed.completed(done(cell, "Hello world"));
        feed.chunk(cell, 0, " stale", false); // a piece of the aborted attempt, arriving late
        assertThat(feed.snapshot().get(1L)).isEqualTo(new LiveFeed.Snapshot(cell, "Hello world", true, false));
    }

    @Test
    void anEndedLaneShowsExactlyTheStoredAnswerOfTheCellItNames() {
        CellKey cell = new CellKey(1, 10, 1, 0);
        feed.chunk(cell, 0, "Hel", false);
        feed.chunk(cell, 0, "lo?", false); // what streamed differs from what the client finally returned
        feed.completed(done(cell, "Hello!"));
        assertThat(feed.snapshot().get(1L).text()).isEqualTo("Hello!");
        CellKey multi = new CellKey(1, 11, 1, 0);
        feed.chunk(multi, 0, "One.", false);
        feed.attempt(multi, 1, 1);
        feed.chunk(multi, 1, "Tw", false);
        feed.attempt(multi, 1, 2);
        feed.chunk(multi, 1, "Two.", false);
        assertThat(feed.snapshot().get(1L).text()).isEqualTo("One.\n\nTwo.");
        feed.completed(new Completion(0, multi, CompletionStatus.OK, "Two.", List.of("One.", "Two."), null, null,
                Metrics.NONE, List.of(), false, 3, Instant.EPOCH));
        assertThat(feed.snapshot().get(1L).text()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void aLaneMovingOnToACellInFlightShowsItFromItsFirstPiece() {
        CellKey a = new CellKey(1, 10, 1, 0);
        CellKey b = new CellKey(1, 11, 1, 1);
        feed.chunk(a, 0, "A", false);
        feed.chunk(b, 0, "the ", false);
        feed.chunk(b, 0, "quick ", false);
        feed.completed(done(a, "A"));
        feed.chunk(b, 0, "fox", false);
        assertThat(feed.snapshot().get(1L)).isEqualTo(new LiveFeed.Snapshot(b, "the quick fox", false, false));
    }

    @Test
    void aCellStoppedByTheCancelShowsWhatArrivedNotAFailure() {
        CellKey cell = new CellKey(1, 10, 1, 0);
        feed.chunk(cell, 0, "半个答", false);
        feed.completed(new Completion(0, cell, CompletionStatus.ERROR, "半个答", List.of("半个答"), null,
                "CANCELLED: cancelled [1 attempt]", Metrics.NONE, List.of(), false, 1, Instant.EPOCH));
        assertThat(feed.snapshot().get(1L)).isEqualTo(new LiveFeed.Snapshot(cell, "半个答", true, false));
    }

    private static Completion done(CellKey cell, String text) {
        return new Completion(0, cell, CompletionStatus.OK, text, List.of(text), null, null, Metrics.NONE, List.of(),
                false, 1, Instant.EPOCH);
    }
}
