package io.sidebench.gui.compare;

import io.sidebench.logic.exec.TaskExecutor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pages the grid's cells in from the store and keeps a bounded cache of them. The table asks for the
 * cells of the rows it shows ({@link #request}); the asks of one pulse are gathered (through the executor's
 * callback thread) into one batch, and at most one page is read at a time: while a page is being read, the
 * newest batch waits (joined with the waiting one when they touch), so a fast scroll reads where the user is
 * now, never every page it passed. A read takes the asked rows and a page beyond them in the direction of
 * the scroll. Pages
 * are read in the background through the {@link TaskExecutor}; the callback thread only applies results.
 * Rows whose cells were used least recently are emptied once more than {@code capacityRows} hold cells.
 */
final class CellPager {
    /** Reads the cells of some prompts: prompt id to (model id to cell). Runs on a worker. */
    @FunctionalInterface
    interface Loader {
        Map<Long, Map<Long, CellSummary>> load(long runId, int repeat, List<Long> promptIds) throws Exception;
    }

    /** Rows read before the first row asked for (after it, when scrolling up). */
    static final int BEHIND = 10;
    /** At most this many rows are read at once, however many were asked for in one pulse. */
    static final int MAX_ROWS = 500;

    private final List<GridRow> view;
    private final TaskExecutor executor;
    private final Loader loader;
    private final Consumer<Throwable> onFailure;
    private final int pageRows;
    private final LinkedHashMap<GridRow, Boolean> cache;
    private long runId = -1;
    private int repeat;
    private int generation;
    private int askedLow = Integer.MAX_VALUE;
    private int askedHigh = -1;
    private boolean flushQueued;
    private boolean reading;
    private int[] waiting;
    private int lastLow;
    private int pageLoads;

    CellPager(List<GridRow> view, TaskExecutor executor, Loader loader, Consumer<Throwable> onFailure, int pageRows,
              int capacityRows) {
        this.view = view;
        this.executor = executor;
        this.loader = loader;
        this.onFailure = onFailure;
        if (capacityRows < MAX_ROWS + pageRows) {
            throw new IllegalArgumentException("the cache must hold more rows than one read brings");
        }
        this.pageRows = pageRows;
        this.cache = new LinkedHashMap<>(capacityRows * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<GridRow, Boolean> eldest) {
                if (size() > capacityRows) {
                    eldest.getKey().forget();
                    return true;
                }
                return false;
            }
        };
    }

    /** Starts paging the cells of another run or repeat; cells already shown are dropped. */
    void reset(long nextRunId, int nextRepeat, List<GridRow> allRows) {
        generation++;
        runId = nextRunId;
        repeat = nextRepeat;
        reading = false;
        waiting = null;
        askedLow = Integer.MAX_VALUE;
        askedHigh = -1;
        lastLow = 0;
        cache.clear();
        allRows.forEach(GridRow::forget);
    }

    /** Puts cells read along with the row index (the first page) into the cache. */
    void preload(List<GridRow> rows, Map<Long, Map<Long, CellSummary>> cells) {
        apply(rows, cells);
    }

    /** The table shows the row at {@code viewIndex}: keeps its cells, or asks for its page. */
    void request(int viewIndex) {
        if (runId < 0 || viewIndex < 0 || viewIndex >= view.size()) {
            return;
        }
        GridRow row = view.get(viewIndex);
        if (row.isLoaded()) {
            cache.get(row);
            return;
        }
        if (row.isRequested()) {
            return;
        }
        askedLow = Math.min(askedLow, viewIndex);
        askedHigh = Math.max(askedHigh, viewIndex);
        if (!flushQueued) {
            flushQueued = true;
            int gen = generation;
            executor.onCallbackThread(() -> flush(gen));
        }
    }

    private void flush(int gen) {
        flushQueued = false;
        if (gen != generation || askedHigh < 0) {
            return;
        }
        int[] batch = {askedLow, askedHigh};
        askedLow = Integer.MAX_VALUE;
        askedHigh = -1;
        if (reading) {
            waiting = merge(waiting, batch);
        } else {
            read(batch);
        }
    }

    /**
     * Joins the asks that wait for the page being read when they touch (a slow scroll: rows asked for in an
     * earlier pulse are still shown and must not be forgotten); asks that lie apart (a fast scroll has passed
     * them) are dropped and only the newest kept.
     */
    private static int[] merge(int[] older, int[] newer) {
        if (older == null || newer[0] > older[1] + 1 || newer[1] < older[0] - 1) {
            return newer;
        }
        int low = Math.min(older[0], newer[0]);
        int high = Math.max(older[1], newer[1]);
        return high - low < MAX_ROWS / 2 ? new int[] {low, high} : newer;
    }

    private void read(int[] batch) {
        boolean up = batch[0] < lastLow;
        lastLow = batch[0];
        int from = up ? batch[0] - pageRows + 1 : batch[0] - BEHIND;
        int to = up ? batch[1] + BEHIND + 1 : batch[1] + pageRows;
        if (to - from > MAX_ROWS) {
            to = from + MAX_ROWS;
        }
        List<GridRow> page = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(view.size(), to); i++) {
            GridRow row = view.get(i);
            if (!row.isLoaded() && row.markRequested()) {
                page.add(row);
            }
        }
        if (page.isEmpty()) {
            return;
        }
        reading = true;
        pageLoads++;
        int gen = generation;
        long run = runId;
        int rep = repeat;
        List<Long> ids = page.stream().map(GridRow::promptId).toList();
        executor.submit("compare-page", () -> loader.load(run, rep, ids), cells -> {
            if (gen != generation) {
                return;
            }
            apply(page, cells);
            readNext();
        }, failure -> {
            if (gen != generation) {
                return;
            }
            page.forEach(GridRow::unmark);
            reading = false;
            waiting = null;
            onFailure.accept(failure);
        });
    }

    private void apply(List<GridRow> page, Map<Long, Map<Long, CellSummary>> cells) {
        for (GridRow row : page) {
            row.cellsProperty().set(cells.getOrDefault(row.promptId(), Map.of()));
            cache.put(row, Boolean.TRUE);
        }
    }

    private void readNext() {
        reading = false;
        int[] next = waiting;
        waiting = null;
        if (next != null) {
            read(next);
        }
    }

    boolean isReading() {
        return reading;
    }

    int pageLoads() {
        return pageLoads;
    }

    /** Rows holding cells now (never more than the capacity). */
    int cachedRows() {
        return cache.size();
    }

    /** The rows holding cells, least recently used first (for tests). */
    List<GridRow> cachedInUseOrder() {
        List<GridRow> out = new ArrayList<>();
        for (Iterator<GridRow> it = cache.keySet().iterator(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
