package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.model.CompletionStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Paging of the grid's cells: what is read when, the bounded cache, and fast scrolls while a page is read. */
class CellPagerTest {
    private static final int PAGE = 100;
    private final List<GridRow> rows = new ArrayList<>();
    private final List<List<Long>> reads = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private boolean failNext;

    CellPagerTest() {
        for (int i = 0; i < 5_000; i++) {
            rows.add(new GridRow(1000 + i, i, "k" + i, "", "prompt " + i));
        }
    }

    private Map<Long, Map<Long, CellSummary>> load(long runId, int repeat, List<Long> promptIds) {
        reads.add(promptIds);
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("disk gone");
        }
        Map<Long, Map<Long, CellSummary>> out = new HashMap<>();
        for (long id : promptIds) {
            out.put(id, Map.of(7L, new CellSummary(id * 10, CompletionStatus.OK, "answer " + id + " r" + repeat,
                    null, 900.0, 20.0, false)));
        }
        return out;
    }

    private CellPager pager(TaskExecutor executor, int capacity) {
        CellPager pager = new CellPager(rows, executor, this::load, failures::add, PAGE, capacity);
        pager.reset(1, 0, rows);
        return pager;
    }

    private long loaded() {
        return rows.stream().filter(GridRow::isLoaded).count();
    }

    @Test
    void readsAPageAroundTheAskedRowOnceAndAboveItWhenScrollingUp() {
        CellPager pager = pager(new SameThreadTaskExecutor(), 1_000);
        pager.request(1_000);
        assertThat(reads).hasSize(1);
        assertThat(rows.get(990).isLoaded()).isTrue();
        assertThat(rows.get(1_099).isLoaded()).isTrue();
        assertThat(rows.get(989).isLoaded()).isFalse();
        assertThat(rows.get(1_100).isLoaded()).isFalse();
        assertThat(rows.get(1_000).cell(7L).preview()).isEqualTo("answer 2000 r0");
        pager.request(1_050);
        assertThat(reads).hasSize(1);

        pager.request(900);
        assertThat(reads).hasSize(2);
        assertThat(rows.get(801).isLoaded()).isTrue();
        assertThat(rows.get(910).isLoaded()).isTrue();
        assertThat(rows.get(800).isLoaded()).isFalse();
        assertThat(rows.get(911).isLoaded()).isFalse();
        assertThat(loaded()).isEqualTo(2 * (PAGE + CellPager.BEHIND));
        assertThat(pager.pageLoads()).isEqualTo(2);
    }

    @Test
    void theCacheKeepsAtMostItsCapacityAndEmptiesTheRowsShownLeastRecently() {
        CellPager pager = pager(new SameThreadTaskExecutor(), 700);
        pager.request(0);
        for (int i = 1; i < 10; i++) {
            pager.request(5);
            pager.request(i * 400);
        }
        assertThat(pager.cachedRows()).isEqualTo(700);
        assertThat(loaded()).isEqualTo(700);
        assertThat(rows.get(5).isLoaded()).as("row 5 was shown again and again").isTrue();
        assertThat(rows.get(50).isLoaded()).as("row 50 was not").isFalse();
        assertThat(rows.get(400).isLoaded()).isFalse();
        assertThat(rows.get(3_600).isLoaded()).isTrue();
        assertThat(pager.cachedInUseOrder().get(pager.cachedRows() - 1)).isSameAs(rows.get(3_699));

        int before = reads.size();
        pager.request(400);
        assertThat(reads).hasSize(before + 1);
        assertThat(rows.get(400).isLoaded()).isTrue();
    }

    @Test
    void whileAPageIsReadTheNewAsksWaitAndAFastScrollReadsOnlyWhereItStopped() {
        ManualExecutor executor = new ManualExecutor();
        CellPager pager = pager(executor, 1_000);
        for (int i = 0; i < 20; i++) {
            pager.request(i);
        }
        executor.endPulse();
        assertThat(executor.work).hasSize(1);
        assertThat(pager.isReading()).isTrue();

        for (int screen = 1; screen <= 30; screen++) {
            for (int i = 0; i < 20; i++) {
                pager.request(screen * 20 * 5 + i);
            }
            executor.endPulse();
        }
        assertThat(executor.work).as("never more than one page read at a time").hasSize(1);
        executor.finishWork();
        assertThat(rows.get(0).isLoaded()).isTrue();
        assertThat(executor.work).hasSize(1);
        executor.finishWork();
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).as("the screen where the scroll stopped, and the page below it")
                .contains(rows.get(3_000).promptId(), rows.get(3_019).promptId(), rows.get(3_100).promptId())
                .doesNotContain(rows.get(2_900).promptId(), rows.get(1_500).promptId());
        assertThat(rows.get(3_000).isLoaded()).isTrue();
        assertThat(rows.get(1_500).isLoaded()).isFalse();
        assertThat(pager.isReading()).isFalse();
    }

    @Test
    void asksFromPulsesCloseTogetherAreJoinedSoNoShownRowIsLeftEmpty() {
        ManualExecutor executor = new ManualExecutor();
        CellPager pager = pager(executor, 1_000);
        pager.request(0);
        executor.endPulse();
        for (int i = 2_000; i < 2_025; i++) {
            pager.request(i);
        }
        executor.endPulse();
        for (int i = 2_025; i < 2_028; i++) {
            pager.request(i);
        }
        executor.endPulse();
        executor.finishWork();
        executor.finishWork();
        for (int i = 2_000; i < 2_028; i++) {
            assertThat(rows.get(i).isLoaded()).as("row %d", i).isTrue();
        }
    }

    @Test
    void aFailedReadIsReportedAndItsRowsMayBeAskedForAgain() {
        CellPager pager = pager(new SameThreadTaskExecutor(), 1_000);
        failNext = true;
        pager.request(10);
        assertThat(failures).hasSize(1);
        assertThat(rows.get(10).isLoaded()).isFalse();
        pager.request(10);
        assertThat(reads).hasSize(2);
        assertThat(rows.get(10).isLoaded()).isTrue();
    }

    @Test
    void afterAResetLateResultsAreDroppedAndCellsAreReadForTheNewRepeat() {
        ManualExecutor executor = new ManualExecutor();
        CellPager pager = pager(executor, 1_000);
        pager.request(0);
        executor.endPulse();
        pager.reset(1, 1, rows);
        executor.finishWork();
        assertThat(rows.get(0).isLoaded()).isFalse();
        pager.request(0);
        executor.endPulse();
        executor.finishWork();
        assertThat(rows.get(0).cell(7L).preview()).isEqualTo("answer 1000 r1");
        assertThat(pager.cachedRows()).isEqualTo(PAGE);
    }

    /** Runs background work and pulse callbacks only when the test says so, like the FX thread between pulses. */
    private static final class ManualExecutor implements TaskExecutor {
        final Queue<Runnable> work = new ArrayDeque<>();
        private final Queue<Runnable> pulse = new ArrayDeque<>();

        @Override
        public <T> TaskHandle submit(String name, Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            work.add(() -> {
                T result;
                try {
                    result = task.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void finishWork() {
            work.remove().run();
        }

        void endPulse() {
            while (!pulse.isEmpty()) {
                pulse.remove().run();
            }
        }

        @Override
        public void onCallbackThread(Runnable action) {
            pulse.add(action);
        }

        @Override
        public void close() {
        }
    }
}
