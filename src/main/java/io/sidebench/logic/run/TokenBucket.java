package io.sidebench.logic.run;

/**
 * A token bucket for "so many per minute" limits. A caller reserves what it needs and is told how long to
 * wait; the balance may go negative, so reservations queue up fairly in arrival order and a request larger
 * than the bucket still passes (after the bucket has refilled enough). Thread-safe.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private final RunClock clock;
    private double balance;
    private long lastNanos;

    /** @param perMinute both the capacity and the refill per minute */
    TokenBucket(long perMinute, RunClock clock) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("a rate limit must be positive: " + perMinute);
        }
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.clock = clock;
        this.balance = capacity;
        this.lastNanos = clock.nanoTime();
    }

    /** Takes {@code amount} and returns how many nanoseconds the caller must wait before using it. */
    synchronized long reserve(double amount) {
        refill();
        balance -= amount;
        return balance >= 0 ? 0 : (long) Math.ceil(-balance / perNano);
    }

    /** Corrects an earlier reservation once the real amount is known (positive takes more, negative gives back). */
    synchronized void adjust(double delta) {
        refill();
        balance = Math.min(capacity, balance - delta);
    }

    private void refill() {
        long now = clock.nanoTime();
        balance = Math.min(capacity, balance + (now - lastNanos) * perNano);
        lastNanos = now;
    }
}
