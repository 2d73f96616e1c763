package io.sidebench.logic.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time as the scheduler sees it: injected so tests of backoff and rate limits run without real sleeping.
 */
public interface RunClock {
    /** Monotonic time in nanoseconds. */
    long nanoTime();

    /**
     * Waits {@code nanos} nanoseconds, or less when {@code wakeUp} opens first (a cancel).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(long nanos, CountDownLatch wakeUp) throws InterruptedException;

    /** The real clock. */
    RunClock SYSTEM = new RunClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos, CountDownLatch wakeUp) throws InterruptedException {
            if (nanos > 0) {
                wakeUp.await(nanos, TimeUnit.NANOSECONDS);
            }
        }
    };
}
