package io.sidebench.gui.present;

import io.sidebench.gui.analyse.ChosenBoard;
import io.sidebench.gui.analyse.HumanResults;
import io.sidebench.gui.analyse.MetricLabels;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.stats.RunFigures;
import java.util.List;

/**
 * What the slides show beyond the report: the leaderboard by the metric the analyst chose in Analyse (the
 * project's remembered choice, else the default of {@code stats}), and the human-judgment tables.
 *
 * @param metricLabel the chosen metric's name, {@code ""} when the run has nothing to rank by
 * @param board       the report's rows in the chosen metric's order, with its ranks and figures
 * @param human       ratings per dimension, agreement, judge–human agreement and progress (may be empty)
 */
public record SlideFigures(String metricLabel, List<ChosenBoard.Line> board, List<HumanResults.Table> human) {
    public SlideFigures {
        board = List.copyOf(board);
        human = List.copyOf(human);
    }

    static SlideFigures of(Report report, RunFigures figures, String saved, Messages messages) {
        String metric = figures.choose(saved);
        MetricLabels labels = new MetricLabels(messages, figures.judgment());
        return new SlideFigures(labels.label(metric), ChosenBoard.of(report.leaderboard(), figures.leaderboard(metric),
                metric == null ? "" : metric), HumanResults.of(figures.judgment(), messages));
    }

    /** The table with {@code id}, or {@code null}. */
    HumanResults.Table table(String id) {
        return human.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
