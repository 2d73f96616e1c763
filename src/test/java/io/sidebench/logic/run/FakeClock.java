package io.sidebench.logic.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** A clock whose sleeps return at once, advancing time and recording how long each sleep was. */
final class FakeClock implements RunClock {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(long n, CountDownLatch wakeUp) {
        if (n > 0) {
            sleeps.add(n);
            nanos.addAndGet(n);
        }
    }

    void advanceMillis(long ms) {
        nanos.addAndGet(ms * 1_000_000L);
    }

    List<Long> sleepsMillis() {
        return sleeps.stream().map(n -> n / 1_000_000L).toList();
    }
}
