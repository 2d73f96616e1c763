package io.sidebench.gui.present;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.export.Example;
import io.sidebench.logic.export.LeaderboardRow;
import io.sidebench.logic.export.Report;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A presentation built from a run's report: the slides in order and the one shown. Slides without data
 * (no scores, no prices, no answers to race) are left out rather than shown empty. Plain JavaFX properties:
 * unit-tested without the toolkit.
 */
public final class SlideDeck {
    private final List<Slide> slides;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);

    public SlideDeck(List<Slide> slides) {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one slide");
        }
        this.slides = List.copyOf(slides);
    }

    /**
     * @param charts keys of the charts that could be built for the report
     * @param race   whether a race of several answers to one prompt can be replayed
     */
    public static SlideDeck of(Report report, Collection<String> charts, boolean race, Messages messages) {
        return of(report, charts, race, messages, null);
    }

    /**
     * @param figures the chosen metric's leaderboard and the human-judgment tables ({@code null}: the report's
     *                leaderboard and no human slides)
     */
    public static SlideDeck of(Report report, Collection<String> charts, boolean race, Messages messages,
                               SlideFigures figures) {
        List<Slide> out = new ArrayList<>();
        out.add(objective(report, messages));
        out.add(dataset(report, messages));
        out.add(new Slide(SlideKind.LEADERBOARD, messages.get("present.leaderboard"),
                figures == null ? leaderboard(report) : leaderboard(figures), List.of(), 0));
        if (figures != null && figures.table("human-ratings") != null) {
            out.add(new Slide(SlideKind.HUMAN_RATINGS, messages.get("present.humanRatings"),
                    List.of(figures.table("human-ratings").note()), List.of(), 0));
        }
        if (figures != null && figures.table("human-agreement") != null) {
            out.add(new Slide(SlideKind.AGREEMENT, messages.get("present.agreement"),
                    List.of(figures.table("human-agreement").note()), List.of(), 0));
        }
        List<String> speed = charts.stream().filter(k -> k.equals("tokens-per-second") || k.equals("ttft-box"))
                .sorted().toList();
        if (!speed.isEmpty()) {
            out.add(new Slide(SlideKind.SPEED, io.sidebench.gui.core.SpeedMarks.title(messages, report.speed(),
                    messages.get("present.speed")), List.of(), speed, 0));
        }
        String tradeoff = charts.contains("quality-vs-cost") ? "quality-vs-cost"
                : charts.contains("quality-vs-speed") ? "quality-vs-speed" : null;
        if (tradeoff != null) {
            out.add(new Slide(SlideKind.QUALITY_COST, messages.get("present." + tradeoff), List.of(),
                    List.of(tradeoff), 0));
        }
        if (!report.candidates().isEmpty()) {
            out.add(new Slide(SlideKind.PROFILES, messages.get("present.profiles"), List.of(), List.of(), 0));
        }
        List<Example> examples = report.examples();
        for (int i = 0; i < Math.min(3, examples.size()); i++) {
            Example e = examples.get(i);
            out.add(new Slide(SlideKind.EXAMPLE, messages.format("present.example", i + 1, e.title()),
                    List.of(e.why()), List.of(), i));
        }
        if (race) {
            out.add(new Slide(SlideKind.RACE, messages.get("present.race"), List.of(), List.of(), 0));
        }
        return new SlideDeck(out);
    }

    private static Slide objective(Report report, Messages messages) {
        Objectives o = report.objectives();
        List<String> lines = new ArrayList<>();
        if (o != null) {
            addIfPresent(lines, o.goal());
            if (o.successCriteria() != null && !o.successCriteria().isBlank()) {
                lines.add(messages.format("present.criteria", o.successCriteria().strip()));
            }
            if (o.rubric() != null && !o.rubric().isEmpty()) {
                lines.add(messages.format("present.rubric", String.join(", ",
                        o.rubric().stream().map(RubricDimension::name).toList())));
            }
        }
        String title = o != null && o.title() != null && !o.title().isBlank() ? o.title() : report.projectTitle();
        return new Slide(SlideKind.OBJECTIVE, title, lines, List.of(), 0);
    }

    private static Slide dataset(Report report, Messages messages) {
        List<String> categories = report.summary().categories();
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("present.set", report.promptSetName(), report.promptCount()));
        if (!categories.isEmpty()) {
            lines.add(messages.format("present.categories", String.join(", ", categories)));
        }
        lines.add(messages.format("present.models", String.join(", ",
                report.models().stream().map(m -> m.displayName()).toList())));
        lines.add(messages.format("present.answers", report.okCount(), report.rowCount() - report.okCount(),
                report.runLabel()));
        return new Slide(SlideKind.DATASET, messages.get("present.dataset"), lines, List.of(), 0);
    }

    private static List<String> leaderboard(Report report) {
        List<String> lines = new ArrayList<>();
        List<LeaderboardRow> board = report.leaderboard();
        for (int i = 0; i < board.size(); i++) {
            LeaderboardRow row = board.get(i);
            String score = report.primaryScore() == null ? "" : " — " + report.primaryScore() + " "
                    + row.score(report.primaryScore()).format(3);
            lines.add(report.rankLabel(i) + ". " + row.label() + score);
        }
        return lines;
    }

    private static List<String> leaderboard(SlideFigures figures) {
        List<String> lines = new ArrayList<>();
        for (io.sidebench.gui.analyse.ChosenBoard.Line line : figures.board()) {
            lines.add(line.rank() + ". " + line.row().label() + (figures.metricLabel().isEmpty() ? ""
                    : " — " + figures.metricLabel() + " " + line.value()));
        }
        return lines;
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }

    public List<Slide> slides() {
        return slides;
    }

    public int size() {
        return slides.size();
    }

    public Slide current() {
        return slides.get(index.get());
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** "3 / 10". */
    public StringBinding positionText() {
        return Bindings.createStringBinding(() -> (index.get() + 1) + " / " + slides.size(), index);
    }

    /** Moves to the next slide; false (and no change) on the last one. */
    public boolean next() {
        if (index.get() + 1 >= slides.size()) {
            return false;
        }
        index.set(index.get() + 1);
        return true;
    }

    /** Moves to the previous slide; false (and no change) on the first one. */
    public boolean previous() {
        if (index.get() == 0) {
            return false;
        }
        index.set(index.get() - 1);
        return true;
    }

    public void goTo(int slide) {
        index.set(Math.max(0, Math.min(slides.size() - 1, slide)));
    }
}
