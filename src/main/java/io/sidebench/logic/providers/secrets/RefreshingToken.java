package io.sidebench.logic.providers.secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A short-lived bearer token (Google OAuth, Microsoft Entra ID: about an hour) fetched again once it is
 * older than {@code refreshAfter}, so a run longer than the token's life keeps working. Remembers every
 * token it handed out, for scrubbing. Thread-safe; tokens live in memory only.
 */
public final class RefreshingToken implements Supplier<String> {
    private final Supplier<String> fetch;
    private final Duration refreshAfter;
    private final Clock clock;
    private final List<String> issued = new ArrayList<>();
    private String token;
    private Instant fetchedAt;

    public RefreshingToken(Supplier<String> fetch, Duration refreshAfter, Clock clock) {
        this.fetch = fetch;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    /** The current token, fetched now when there is none yet or it is due for renewal. */
    @Override
    public synchronized String get() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(fetchedAt.plus(refreshAfter))) {
            token = fetch.get();
            fetchedAt = now;
            issued.add(token);
        }
        return token;
    }

    /** Every token handed out so far (to scrub from messages). */
    public synchronized List<String> issued() {
        return List.copyOf(issued);
    }
}
