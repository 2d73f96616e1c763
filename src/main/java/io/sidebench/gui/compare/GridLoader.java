package io.sidebench.gui.compare;

import io.sidebench.logic.store.GridRepository;
import io.sidebench.logic.store.GridRepository.CellLine;
import io.sidebench.logic.store.GridRepository.PromptLine;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The grid's reads, run on workers: the light row index of a run (with the cells of its first page, so the
 * grid is filled after one round trip), pages of cells, and the facts the tag and score filters need.
 */
final class GridLoader {
    private final ProjectStore store;

    GridLoader(ProjectStore store) {
        this.store = store;
    }

    /** A run opened for the grid: its columns, every row (light), the categories and the first page's cells. */
    record Opened(List<ModelConfig> models, List<GridRow> rows, List<String> categories,
                  Map<Long, Map<Long, CellSummary>> firstPage) {
    }

    Opened open(Run run, int repeat, int firstPageRows) {
        List<ModelConfig> cols = new ArrayList<>();
        for (long id : run.modelIds()) {
            store.models().get(id).ifPresent(cols::add);
        }
        List<PromptLine> lines = store.grid().promptLines(run.promptSetId(), GridRow.READ);
        List<GridRow> rows = new ArrayList<>(lines.size());
        TreeSet<String> categories = new TreeSet<>();
        for (PromptLine line : lines) {
            GridRow row = GridRow.of(line);
            rows.add(row);
            if (!row.category().isEmpty()) {
                categories.add(row.category());
            }
        }
        List<Long> first = rows.stream().limit(firstPageRows).map(GridRow::promptId).toList();
        return new Opened(cols, rows, List.copyOf(categories), cells(run.id(), repeat, first));
    }

    /** The cells of some prompts of a run: prompt id to (model id to cell). */
    Map<Long, Map<Long, CellSummary>> cells(long runId, int repeat, List<Long> promptIds) {
        Map<Long, Map<Long, CellSummary>> byPrompt = new HashMap<>();
        for (CellLine line : store.grid().cellLines(runId, repeat, promptIds, CellSummary.READ)) {
            byPrompt.computeIfAbsent(line.promptId(), k -> new HashMap<>()).put(line.modelId(), CellSummary.of(line));
        }
        return byPrompt;
    }

    RunFacts facts(long runId) {
        GridRepository grid = store.grid();
        return new RunFacts(grid.scoreFloors(runId), grid.tagLines(runId));
    }
}
