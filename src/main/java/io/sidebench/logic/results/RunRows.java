package io.sidebench.logic.results;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A run's result rows read from the project page by page ({@value #PAGE_PROMPTS} prompts at a time,
 * with all their completions), so only one page of answers is in memory while a report is written.
 * Scores, annotations and votes are read once when this is made (see {@link RowJoin}). The project must
 * stay open while the rows are iterated.
 */
public final class RunRows implements ResultRows {
    /** Prompts per page: one {@code IN (...)} query of completions per page. */
    public static final int PAGE_PROMPTS = 500;

    private final ProjectStore store;
    private final Run run;
    private final RowJoin join;
    private final Map<Long, Integer> modelOrder = new HashMap<>();
    private final int size;

    RunRows(ProjectStore store, Run run) {
        this.store = store;
        this.run = run;
        this.join = new RowJoin(store, run.id());
        for (int i = 0; i < run.modelIds().size(); i++) {
            modelOrder.putIfAbsent(run.modelIds().get(i), i);
        }
        this.size = store.completions().countForRun(run.id());
    }

    /** Scorers with at least one value in the run, sorted. */
    public List<String> scorers() {
        return join.scorers();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<ResultRow> iterator() {
        return new Iterator<>() {
            private int offset;
            private boolean last;
            private Iterator<ResultRow> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<Prompt> prompts = store.promptSets().prompts(run.promptSetId(), offset, PAGE_PROMPTS);
                    offset += prompts.size();
                    last = prompts.size() < PAGE_PROMPTS;
                    page = page(prompts).iterator();
                }
                return page.hasNext();
            }

            @Override
            public ResultRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** The rows of some prompts: by prompt ordinal, then model in the run's order, then repeat. */
    private List<ResultRow> page(List<Prompt> prompts) {
        if (prompts.isEmpty()) {
            return List.of();
        }
        Map<Long, Prompt> byId = new LinkedHashMap<>();
        prompts.forEach(p -> byId.put(p.id(), p));
        List<ResultRow> rows = new ArrayList<>();
        for (Completion c : store.completions().forPrompts(run.id(), byId.keySet())) {
            rows.add(join.row(c, byId.get(c.cell().promptId())));
        }
        rows.sort(Comparator.comparingInt(ResultRow::promptOrdinal)
                .thenComparingInt(r -> modelOrder.getOrDefault(r.modelId(), -1))
                .thenComparingInt(ResultRow::repeat));
        return rows;
    }
}
