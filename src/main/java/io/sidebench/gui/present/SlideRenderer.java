package io.sidebench.gui.present;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.Example;
import io.sidebench.logic.export.LeaderboardRow;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Risk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** Draws one slide's body from the report (text in large type through the {@code .presentation} styles). */
final class SlideRenderer {
    /** Answers on example slides are cut after this many characters. */
    static final int ANSWER_CHARS = 700;

    private final Messages messages;

    SlideRenderer(Messages messages) {
        this.messages = messages;
    }

    Node body(Slide slide, Report report, SlideFigures figures, Map<String, JFreeChart> charts, Node race) {
        return switch (slide.kind()) {
            case OBJECTIVE, DATASET -> lines(slide);
            case LEADERBOARD -> leaderboard(report, figures);
            case HUMAN_RATINGS -> table(figures.table("human-ratings"), slide);
            case AGREEMENT -> table(figures.table("human-agreement"), slide);
            case SPEED, QUALITY_COST -> charts(slide, charts);
            case PROFILES -> profiles(report);
            case EXAMPLE -> example(report.examples().get(slide.item()), report.primaryScore());
            case RACE -> race;
        };
    }

    private static Node lines(Slide slide) {
        VBox box = new VBox();
        box.getStyleClass().add("slide-lines");
        for (String line : slide.lines()) {
            box.getChildren().add(label(line, "slide-line"));
        }
        return box;
    }

    /** A speed column's title, marked when another tool measured the figures (or nobody did). */
    private String speedTitle(Report report, String key) {
        String mark = io.sidebench.gui.core.SpeedMarks.mark(messages, report.speed());
        return mark.isEmpty() ? messages.get(key) : messages.get(key) + "\n" + mark;
    }

    /** A human-judgment table in slide type, its reading note below. */
    private static Node table(io.sidebench.gui.analyse.HumanResults.Table table, Slide slide) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table");
        grid.setId("slide-table-" + table.id());
        for (int c = 0; c < table.headers().size(); c++) {
            grid.add(io.sidebench.gui.core.Layouts.whole(label(table.headers().get(c), "slide-table-head")), c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Label cell = label(row.get(c), "slide-table-cell");
                cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(cell, c, r + 1);
            }
        }
        VBox box = new VBox(12, grid);
        slide.lines().forEach(line -> {
            Label note = label(line, "slide-line");
            note.setWrapText(true);
            note.setStyle("-fx-font-size: 0.6em;");
            box.getChildren().add(note);
        });
        return box;
    }

    private Node leaderboard(Report report, SlideFigures figures) {
        if (figures != null) {
            return chosenLeaderboard(report, figures);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table");
        String primary = report.primaryScore();
        String[] head = {"#", messages.get("analyse.col.model"), primary == null ? "" : primary,
                speedTitle(report, "analyse.col.ttft"), speedTitle(report, "analyse.col.tps"),
                messages.get("analyse.col.cost")};
        for (int c = 0; c < head.length; c++) {
            grid.add(io.sidebench.gui.core.Layouts.whole(label(head[c], "slide-table-head")), c, 0);
        }
        int r = 1;
        for (LeaderboardRow row : report.leaderboard()) {
            String[] cells = {report.rankLabel(r - 1), row.label(), row.score(primary).format(3), row.ttftMs().format(0),
                    row.tokensPerSecond().format(1), row.costPer1000() == null ? "–"
                    : String.format(Locale.ROOT, "$%.2f", row.costPer1000())};
            for (int c = 0; c < cells.length; c++) {
                Label cell = label(cells[c], r == 1 ? "slide-table-first" : "slide-table-cell");
                cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(cell, c, r);
            }
            r++;
        }
        return grid;
    }

    /** The leaderboard by the metric chosen in Analyse, with that metric's figures and ranks. */
    private Node chosenLeaderboard(Report report, SlideFigures figures) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table");
        grid.setId("slide-leaderboard-table");
        String[] head = {"#", messages.get("analyse.col.model"), figures.metricLabel(),
                speedTitle(report, "analyse.col.ttft"), speedTitle(report, "analyse.col.tps"),
                messages.get("analyse.col.cost")};
        for (int c = 0; c < head.length; c++) {
            grid.add(io.sidebench.gui.core.Layouts.whole(label(head[c], "slide-table-head")), c, 0);
        }
        int r = 1;
        for (io.sidebench.gui.analyse.ChosenBoard.Line line : figures.board()) {
            LeaderboardRow row = line.row();
            String[] cells = {line.rank(), row.label(), line.value(), row.ttftMs().format(0),
                    row.tokensPerSecond().format(1), row.costPer1000() == null ? "–"
                    : String.format(Locale.ROOT, "$%.2f", row.costPer1000())};
            for (int c = 0; c < cells.length; c++) {
                Label cell = label(cells[c], r == 1 ? "slide-table-first" : "slide-table-cell");
                cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(cell, c, r);
            }
            r++;
        }
        return grid;
    }

    private static Node charts(Slide slide, Map<String, JFreeChart> charts) {
        HBox row = new HBox();
        row.getStyleClass().add("slide-charts");
        for (String key : slide.charts()) {
            JFreeChart chart = charts.get(key);
            if (chart != null) {
                ChartViewer viewer = new ChartViewer(chart);
                viewer.setId("slide-chart-" + key);
                viewer.setPrefSize(720, 520);
                HBox.setHgrow(viewer, Priority.ALWAYS);
                row.getChildren().add(viewer);
            }
        }
        VBox.setVgrow(row, Priority.ALWAYS);
        return row;
    }

    private Node profiles(Report report) {
        javafx.scene.layout.GridPane cards = new javafx.scene.layout.GridPane();
        cards.getStyleClass().add("slide-cards");
        cards.setId("slide-profile-cards");
        // up to three cards side by side; more wrap into rows of equal columns, so every card has the width
        // of the slide shared out and none is pushed off to the right
        int n = report.candidates().size();
        int perRow = n <= 3 ? Math.max(1, n) : (n + 1) / 2 > 3 ? 3 : (n + 1) / 2;
        for (int c = 0; c < perRow; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100.0 / perRow);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            cards.getColumnConstraints().add(column);
        }
        int index = 0;
        for (ModelConfig m : report.candidates()) {
            ModelProfile p = m.profile() == null ? ModelProfile.EMPTY : m.profile();
            VBox card = new VBox(label(m.displayName(), "slide-card-title"));
            card.getStyleClass().add("slide-card");
            add(card, messages.get("present.openWeights"), p.openWeights() == null ? null
                    : messages.get(p.openWeights() ? "present.yes" : "present.no"));
            add(card, messages.get("present.licence"), p.licence());
            add(card, messages.get("present.jurisdiction"), p.jurisdiction());
            add(card, messages.get("present.dataHandling"), p.dataHandling());
            if (p.pricePerMillionInput() != null || p.pricePerMillionOutput() != null) {
                add(card, messages.get("present.price"), String.format(Locale.ROOT, "$%s / $%s",
                        price(p.pricePerMillionInput()), price(p.pricePerMillionOutput())));
            }
            card.getChildren().add(label(messages.format("present.risks", p.risks().size()), "slide-card-section"));
            for (Risk risk : p.risks()) {
                Label l = label("• " + risk.category() + ": " + risk.description()
                        + (risk.impact() == null ? "" : " (" + risk.impact() + ")"), "slide-card-risk");
                card.getChildren().add(l);
            }
            card.setMaxWidth(Double.MAX_VALUE);
            card.setMinWidth(0);
            cards.add(card, index % perRow, index / perRow);
            index++;
        }
        // all cards in view at once: scaled down on a small screen rather than scrolled
        return new io.sidebench.gui.core.FitPane(cards);
    }

    private static String price(Double d) {
        return d == null ? "?" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static void add(VBox card, String name, String value) {
        if (value != null && !value.isBlank()) {
            card.getChildren().add(label(name + ": " + value, "slide-card-line"));
        }
    }

    private Node example(Example e, String primary) {
        VBox box = new VBox();
        box.getStyleClass().add("slide-example");
        box.getChildren().add(label(e.why(), "slide-line"));
        box.getChildren().add(label(cut(e.prompt(), 400), "slide-prompt"));
        HBox answers = new HBox();
        answers.getStyleClass().add("slide-cards");
        for (ResultRow a : onePerModel(e.answers())) {
            Double s = primary == null ? null : a.scores().get(primary);
            VBox card = new VBox(label(a.modelLabel(), "slide-card-title"));
            if (s != null) {
                card.getChildren().add(label(String.format(Locale.ROOT, "%s %.3f", primary, s), "slide-card-line"));
            }
            card.getChildren().add(label(a.isOk() ? cut(a.output(), ANSWER_CHARS) : a.error(), "slide-answer"));
            card.getStyleClass().add("slide-card");
            card.setId("slide-answer-" + a.completionId());
            HBox.setHgrow(card, Priority.ALWAYS);
            answers.getChildren().add(card);
        }
        box.getChildren().add(answers);
        return box;
    }

    /**
     * One answer per model, in the order given: an example with several repeats of a prompt shows each model
     * once (its first answer), so no model appears twice on a slide.
     */
    static List<ResultRow> onePerModel(List<ResultRow> answers) {
        Map<String, ResultRow> first = new LinkedHashMap<>();
        for (ResultRow a : answers) {
            first.putIfAbsent(a.modelLabel(), a);
        }
        return List.copyOf(first.values());
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + " …";
    }

    static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        // a wrapped label asks for the height of all its lines: never cut to "…"
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setAlignment(Pos.TOP_LEFT);
        return l;
    }
}
