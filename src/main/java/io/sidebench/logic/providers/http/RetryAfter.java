package io.sidebench.logic.providers.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads a server's Retry-After: delay seconds, an HTTP date, or OpenAI's {@code retry-after-ms}. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /** The delay the headers ask for, or {@code null} when they do not say (or say nonsense). */
    public static Duration from(Map<String, List<String>> headers, Clock clock) {
        String ms = first(headers, "retry-after-ms");
        if (ms != null) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(ms.trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = first(headers, "retry-after");
        return value == null ? null : parse(value, clock);
    }

    /** Parses one Retry-After value. */
    public static Duration parse(String value, Clock clock) {
        String text = value.trim();
        try {
            double seconds = Double.parseDouble(text);
            return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException notNumber) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(clock.instant(), at.toInstant());
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
