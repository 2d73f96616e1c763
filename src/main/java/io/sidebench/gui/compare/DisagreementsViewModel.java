package io.sidebench.gui.compare;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.stats.Disagreements;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The answers annotators disagree on most ({@link Disagreements}, the same list as {@code stats}), with every
 * annotator's ratings and comment; choosing one shows that answer in the Compare grid.
 */
public final class DisagreementsViewModel {
    /**
     * One answer of the list.
     *
     * @param spread  the widest disagreement as a share of its dimension's scale, 0–1
     * @param ratings per annotator: "ana: correctness 4, tone 3 — “comment”"
     */
    public record Row(long completionId, long promptId, long modelId, int repeat, String prompt, String model,
                      String dimension, double spread, List<String> ratings) {
        public Row {
            ratings = List.copyOf(ratings);
        }

        public String spreadText() {
            return String.format(Locale.ROOT, "%.0f %%", spread * 100);
        }
    }

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final CompareViewModel compare;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public DisagreementsViewModel(ProjectStore store, TaskExecutor executor, Messages messages,
                                  CompareViewModel compare) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.compare = compare;
    }

    /** Reads the list for the run Compare shows. */
    public void load() {
        Run run = compare.runProperty().get();
        if (run == null) {
            rows.clear();
            status.set(messages.get("disagree.noRun"));
            return;
        }
        status.set(messages.get("disagree.loading"));
        executor.submit("compare-disagreements", () -> read(run.id()), found -> {
            rows.setAll(found);
            status.set(found.isEmpty() ? messages.get("disagree.none") : messages.format("disagree.count", found.size()));
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    private List<Row> read(long runId) {
        RunDataset data = RunDataset.load(store, runId);
        List<HumanRatings.Dimension> dimensions = HumanRatings.dimensions(store.meta().objectives().rubric(),
                data.annotations());
        Map<Long, Completion> completions = new HashMap<>();
        data.completions().forEach(c -> completions.put(c.id(), c));
        List<Row> out = new ArrayList<>();
        for (Disagreements.Item item : Disagreements.top(dimensions, data.annotations(), JudgmentReport.DISAGREEMENTS)) {
            Completion c = completions.get(item.completionId());
            if (c == null) {
                continue;
            }
            Prompt p = data.prompts().get(c.cell().promptId());
            List<String> ratings = item.annotations().stream().map(DisagreementsViewModel::describe).toList();
            out.add(new Row(c.id(), c.cell().promptId(), c.cell().modelId(), c.cell().repeat(),
                    p == null ? String.valueOf(c.cell().promptId()) : p.key(), data.modelName(c.cell().modelId()),
                    item.dimension(), item.spread(), ratings));
        }
        return out;
    }

    static String describe(Disagreements.Rating r) {
        String values = r.ratings().entrySet().stream()
                .map(e -> e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", "));
        String text = r.annotator() + ": " + (values.isEmpty() ? "–" : values);
        if (!r.tags().isEmpty()) {
            text += " [" + String.join(", ", r.tags()) + "]";
        }
        if (r.comment() != null && !r.comment().isBlank()) {
            text += " — “" + r.comment().strip() + "”";
        }
        return text;
    }

    private static String number(Double v) {
        return v == null ? "–" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Shows the answer of {@code row} in the grid (its repeat, prompt row and model column). */
    public void open(Row row) {
        if (row != null && !compare.goTo(row.promptId(), row.modelId(), row.repeat())) {
            status.set(messages.get("disagree.notShown"));
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
