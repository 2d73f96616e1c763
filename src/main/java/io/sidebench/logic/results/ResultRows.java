package io.sidebench.logic.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The result rows of a run, in report order (prompt, then model in the run's order, then repeat), all
 * rows of one prompt next to each other. Each iteration may read them afresh (page by page from the
 * project, see {@link RunRows}), so a large run is never held in memory whole; iterate it as often as
 * needed, but do not expect the same {@link ResultRow} instances twice.
 */
public interface ResultRows extends Iterable<ResultRow> {
    /** How many rows an iteration yields. */
    int size();

    default Stream<ResultRow> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), size(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every row in one list: only for small runs and tests. */
    default List<ResultRow> toList() {
        List<ResultRow> out = new ArrayList<>(size());
        forEach(out::add);
        return out;
    }

    /** Rows already in memory (tests, small reports). */
    static ResultRows of(List<ResultRow> rows) {
        List<ResultRow> copy = List.copyOf(rows);
        return new ResultRows() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public Iterator<ResultRow> iterator() {
                return copy.iterator();
            }
        };
    }
}
