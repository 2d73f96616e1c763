package io.sidebench.gui.present;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.race.RaceViewModel;
import io.sidebench.logic.charts.ChartText;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.export.ReportCharts;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.chart.JFreeChart;

/**
 * Builds a presentation of one run in the background (report, charts in the chosen theme, the prompt to
 * race) and publishes its {@link SlideDeck}. Everything comes from the project file: no network.
 */
public final class PresentationViewModel {
    /** At most this many models race on the race slide. */
    static final int RACERS = 4;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final RaceViewModel race;
    private final ObjectProperty<SlideDeck> deck = new SimpleObjectProperty<>(this, "deck");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Report report;
    private Map<String, JFreeChart> charts = Map.of();
    private SlideFigures figures;

    public PresentationViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.race = new RaceViewModel(store, executor, messages);
    }

    private record Built(Report report, Map<String, JFreeChart> charts, RacePick race, SlideFigures figures) {
    }

    /** The prompt whose answers race, and the completion to replay per model label. */
    record RacePick(String prompt, Map<String, Long> completions) {
    }

    /** Builds the deck of {@code run}; {@code onReady} runs once it is published. */
    public void load(Run run, boolean dark, Runnable onReady) {
        status.set(messages.get("present.loading"));
        executor.submit("present-load", () -> {
            Report r = new ReportBuilder(store, Clock.systemUTC()).build(run);
            Map<String, JFreeChart> built = new ReportCharts(dark ? ChartTheme.dark() : ChartTheme.light(),
                    ChartText.of(messages.locale())).build(r);
            built.values().forEach(SlideCharts::enlarge);
            SlideFigures figures = SlideFigures.of(r, io.sidebench.logic.stats.RunFigures.compute(store, run.id()),
                    store.meta().get(io.sidebench.logic.stats.RunFigures.METRIC_KEY).orElse(null), messages);
            return new Built(r, built, pickRace(r.rows()), figures);
        }, built -> {
            report = built.report();
            charts = built.charts();
            figures = built.figures();
            deck.set(SlideDeck.of(report, charts.keySet(), built.race() != null, messages, figures));
            status.set("");
            if (built.race() != null) {
                race.load(built.race().prompt(), built.race().completions(), onReady);
            } else {
                onReady.run();
            }
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    /**
     * The prompt answered successfully by the most real (non-baseline) models, the earliest on ties; up to
     * {@link #RACERS} of its answers. Null when no prompt has two such answers.
     */
    static RacePick pickRace(Iterable<ResultRow> rows) {
        // rows come grouped by prompt, in prompt order: keep the largest group so far (the earliest on ties)
        List<ResultRow> best = List.of();
        List<ResultRow> group = new ArrayList<>();
        for (ResultRow r : rows) {
            if (!group.isEmpty() && group.get(0).promptId() != r.promptId()) {
                best = group.size() > best.size() ? group : best;
                group = new ArrayList<>();
            }
            if (r.isOk() && !r.baseline() && r.repeat() == 0) {
                group.add(r);
            }
        }
        best = group.size() > best.size() ? group : best;
        if (best.size() < 2) {
            return null;
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        best.stream().limit(RACERS).forEach(a -> ids.put(a.modelLabel(), a.completionId()));
        return new RacePick(best.get(0).prompt(), ids);
    }

    public ObjectProperty<SlideDeck> deckProperty() {
        return deck;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Report report() {
        return report;
    }

    /** The chosen metric's leaderboard and the human-judgment tables of the deck ({@code null} before loading). */
    public SlideFigures figures() {
        return figures;
    }

    public Map<String, JFreeChart> charts() {
        return charts;
    }

    public RaceViewModel race() {
        return race;
    }
}
