package io.sidebench.logic.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsDatesAndMilliseconds() {
        assertThat(RetryAfter.parse("3", clock)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("0.5", clock)).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 10:00:07 GMT", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 09:59:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse("-1", clock)).isNull();
        assertThat(RetryAfter.from(Map.of("Retry-After", List.of("2"), "retry-after-ms", List.of("1500")), clock))
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryAfter.from(Map.of("retry-after", List.of("4")), clock)).isEqualTo(Duration.ofSeconds(4));
        assertThat(RetryAfter.from(Map.of(), clock)).isNull();
    }
}
