package io.sidebench.gui.present;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.race.RaceViewModel;
import io.sidebench.logic.charts.ChartTheme;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.export.Report;
import io.sidebench.logic.export.ReportBuilder;
import io.sidebench.logic.export.ReportCharts;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    public PresentationViewModel(ProjectStore store, TaskExecutor executor, Messages messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.race = new RaceViewModel(store, executor, messages);
    }

    private record Built(Report report, Map<String, JFreeChart> charts, RacePick race) {
    }

    /** The prompt whose answers race, and the completion to replay per model label. */
    record RacePick(String prompt, Map<String, Long> completions) {
    }

    /** Builds the deck of {@code run}; {@code onReady} runs once it is published. */
    public void load(Run run, boolean dark, Runnable onReady) {
        status.set(messages.get("present.loading"));
        executor.submit("present-load", () -> {
            Report r = new ReportBuilder(store, Clock.systemUTC()).build(run);
            Map<String, JFreeChart> built = new ReportCharts(dark ? ChartTheme.dark() : ChartTheme.light()).build(r);
            return new Built(r, built, pickRace(r.rows()));
        }, built -> {
            report = built.report();
            charts = built.charts();
            deck.set(SlideDeck.of(report, charts.keySet(), built.race() != null, messages));
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
    static RacePick pickRace(List<ResultRow> rows) {
        Map<Long, List<ResultRow>> byPrompt = rows.stream()
                .filter(r -> r.isOk() && !r.baseline() && r.repeat() == 0)
                .collect(Collectors.groupingBy(ResultRow::promptId, LinkedHashMap::new, Collectors.toList()));
        return byPrompt.values().stream()
                .filter(answers -> answers.size() >= 2)
                .max(Comparator.<List<ResultRow>>comparingInt(List::size)
                        .thenComparing(answers -> -answers.get(0).promptOrdinal()))
                .map(answers -> {
                    Map<String, Long> ids = new LinkedHashMap<>();
                    answers.stream().limit(RACERS).forEach(a -> ids.put(a.modelLabel(), a.completionId()));
                    return new RacePick(answers.get(0).prompt(), ids);
                }).orElse(null);
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

    public Map<String, JFreeChart> charts() {
        return charts;
    }

    public RaceViewModel race() {
        return race;
    }
}
