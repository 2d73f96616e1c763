package io.sidebench.gui.analyse;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.LeaderboardRow;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The leaderboard with 95 % intervals: rank, model, the chosen metric, answers, errors, speed and cost. */
final class LeaderboardTable {
    private LeaderboardTable() {
    }

    /**
     * @param ranks  the shown rank of each row, in row order (the one rule of {@code logic.stats.Ranking})
     * @param values the chosen metric's figure of each row, in row order
     * @param primary the chosen metric's name (the metric column's header)
     */
    static TableView<LeaderboardRow> create(ObservableList<LeaderboardRow> rows, ObservableList<String> ranks,
                                            ObservableList<String> values, ObservableStringValue primary,
                                            ObservableStringValue speedMark,
                                            Messages messages) {
        TableView<LeaderboardRow> table = new TableView<>(rows);
        table.setId("analyse-leaderboard");
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("analyse.leaderboardEmpty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LeaderboardRow, String> rank = column(messages.get("analyse.col.rank"),
                r -> {
                    int i = rows.indexOf(r);
                    return i >= 0 && i < ranks.size() ? ranks.get(i) : "";
                });
        rank.setMaxWidth(50);
        TableColumn<LeaderboardRow, String> score = column("", r -> {
            int i = rows.indexOf(r);
            return i >= 0 && i < values.size() ? values.get(i) : "";
        });
        score.setId("analyse-metric-column");
        score.textProperty().bind(primary);
        // the chosen metric's name stays readable in the header ("accuracy (human rating, 1–5)")
        primary.addListener((o, old, now) -> score.setMinWidth(Math.max(score.getMinWidth(),
                Math.ceil(new javafx.scene.text.Text(now == null ? "" : now).getLayoutBounds().getWidth()) + 24)));
        // an unscored run has no headline score: no empty column
        score.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> primary.get() != null && !primary.get().isEmpty(), primary));
        table.getColumns().add(rank);
        table.getColumns().add(column(messages.get("analyse.col.model"), LeaderboardRow::label));
        table.getColumns().add(score);
        table.getColumns().add(column(messages.get("analyse.col.answers"),
                r -> r.answers() + (r.errors() > 0 ? " (" + r.errors() + " ✗)" : "")));
        table.getColumns().add(marked(column(messages.get("analyse.col.ttft"), r -> r.ttftMs().format(0)),
                messages.get("analyse.col.ttft"), speedMark));
        table.getColumns().add(marked(column(messages.get("analyse.col.tps"), r -> r.tokensPerSecond().format(1)),
                messages.get("analyse.col.tps"), speedMark));
        table.getColumns().add(column(messages.get("analyse.col.cost"), r -> r.costPer1000() == null ? "–"
                : String.format(Locale.ROOT, "$%.2f", r.costPer1000())));
        table.setPrefHeight(60 + 28.0 * Math.max(3, rows.size()));
        rows.addListener((javafx.collections.ListChangeListener<LeaderboardRow>) c ->
                table.setPrefHeight(60 + 28.0 * Math.max(3, rows.size())));
        return table;
    }

    /** A speed column whose title says who measured the figures when it was not Sidebench. */
    private static TableColumn<LeaderboardRow, String> marked(TableColumn<LeaderboardRow, String> column, String title,
                                                             ObservableStringValue mark) {
        if (column.getGraphic() instanceof javafx.scene.control.Label label) {
            label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> mark.get() == null
                    || mark.get().isEmpty() ? title : title + " \u00B7 " + mark.get(), mark));
        }
        return column;
    }

    private static TableColumn<LeaderboardRow, String> column(String title, Function<LeaderboardRow, String> text) {
        TableColumn<LeaderboardRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        c.setSortable(false);
        c.setCellFactory(col -> new FittingCell());
        return title.isEmpty() ? c : io.sidebench.gui.core.Layouts.wrappingHeader(c);
    }

    /**
     * A cell that keeps its column at least as wide as its text (a score with its interval, a model name):
     * the few rows of the leaderboard are never shortened to "0.738 [...". The table's resize policy shares
     * out the rest of the width; when the window is too narrow for all figures, the table scrolls instead.
     */
    private static final class FittingCell extends javafx.scene.control.TableCell<LeaderboardRow, String> {
        FittingCell() {
            fontProperty().addListener((o, old, now) -> fit());
            paddingProperty().addListener((o, old, now) -> fit());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            fit();
        }

        private void fit() {
            TableColumn<LeaderboardRow, String> column = getTableColumn();
            String text = getText();
            if (column == null || text == null || text.isEmpty()) {
                return;
            }
            double needed = Math.ceil(width(text, getFont()) + snappedLeftInset() + snappedRightInset()) + 4;
            // and its title on one line: the header row does not grow when a narrowed title wraps
            if (column.getGraphic() instanceof javafx.scene.control.Labeled title && title.getText() != null) {
                needed = Math.max(needed, Math.ceil(width(title.getText(), title.getFont())) + 16);
            }
            if (needed > column.getMinWidth()) {
                column.setMinWidth(needed);
            }
        }

        private static double width(String text, javafx.scene.text.Font font) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(font);
            return probe.getLayoutBounds().getWidth();
        }
    }
}
