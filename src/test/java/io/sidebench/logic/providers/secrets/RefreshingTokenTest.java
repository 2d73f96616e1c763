package io.sidebench.logic.providers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshingTokenTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T20:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aTokenIsReusedUntilDueThenFetchedAgainAndEveryIssuedOneIsScrubbed() {
        HandClock clock = new HandClock();
        AtomicInteger fetches = new AtomicInteger();
        RefreshingToken token = new RefreshingToken(() -> "ya29.token-number-" + fetches.incrementAndGet() + "-abcdef",
                Duration.ofMinutes(45), clock);
        assertThat(token.get()).isEqualTo("ya29.token-number-1-abcdef");
        clock.now = clock.now.plus(Duration.ofMinutes(44));
        assertThat(token.get()).isEqualTo("ya29.token-number-1-abcdef");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(token.get()).isEqualTo("ya29.token-number-2-abcdef");
        assertThat(fetches).hasValue(2);
        SecretScrubber scrubber = new SecretScrubber(List.of(), token::issued);
        assertThat(scrubber.scrub("echo ya29.token-number-1-abcdef and ya29.token-number-2-abcdef"))
                .doesNotContain("token-number");
    }
}
