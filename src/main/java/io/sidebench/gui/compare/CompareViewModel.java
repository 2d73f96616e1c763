package io.sidebench.gui.compare;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.RubricDimension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The compare grid: prompts as rows, the run's models as columns. Opening a run reads only a light row
 * index (id, key, category, a preview of the prompt) and the first page of cells; further cells are read a
 * page at a time as the table shows them ({@link CellPager}, bounded cache), and the facts the tag and score
 * filters need follow in the background. Selecting a
 * cell loads that prompt's answers side by side and the annotator's annotation of the chosen answer.
 */
public final class CompareViewModel {
    /** Rows read per page when the table asks for cells it has not got yet. */
    public static final int PAGE = 100;
    /** Rows whose cells are kept at most; the least recently shown are emptied beyond it. */
    public static final int CACHE_ROWS = 3_000;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AppPreferences preferences;
    private final RetryCommand retry;
    private final AnnotationViewModel annotation;

    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<ModelConfig> models = FXCollections.observableArrayList();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GridRow> filtered = new FilteredList<>(rows);
    private final SortedList<GridRow> view = new SortedList<>(filtered);
    private final ObjectProperty<GridFilter> filter = new SimpleObjectProperty<>(this, "filter", GridFilter.NONE);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> scorers = FXCollections.observableArrayList();
    private final IntegerProperty repeat = new SimpleIntegerProperty(this, "repeat", 0);
    private final ObjectProperty<GridRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final IntegerProperty selectedModel = new SimpleIntegerProperty(this, "selectedModel", 0);
    private final ObjectProperty<PromptDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final IntegerProperty diffLeft = new SimpleIntegerProperty(this, "diffLeft", -1);
    private final IntegerProperty diffRight = new SimpleIntegerProperty(this, "diffRight", -1);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final GridLoader loader;
    private final CellPager pager;
    private RunFacts facts = RunFacts.empty();
    private final javafx.beans.property.StringProperty speedMark =
            new javafx.beans.property.SimpleStringProperty(this, "speedMark", "");
    /** Set once the user picked the sides of the diff; until then each prompt gets {@link PromptDetail#defaultDiff}. */
    private boolean diffChosen;
    private int generation;
    private int opening;

    public CompareViewModel(ProjectStore store, TaskExecutor executor, Messages messages, AppPreferences preferences,
                            CellRetrier retrier) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.preferences = preferences;
        this.retry = new RetryCommand(retrier, executor, messages, status::set, this::reloadCells);
        this.annotation = new AnnotationViewModel(store, executor, messages);
        this.loader = new GridLoader(store);
        this.pager = new CellPager(view, executor, loader::cells, this::fail, PAGE, CACHE_ROWS);
        annotation.annotatorProperty().set(preferences.annotator());
        annotation.annotatorProperty().addListener((o, old, now) -> {
            preferences.setAnnotator(now);
            reloadDetail();
        });
        annotation.setOnSaved(this::annotationSaved);
        filter.addListener((o, old, now) -> filtered.setPredicate(now.predicate(facts)));
        selectedRow.addListener((o, old, now) -> reloadDetail());
        selectedModel.addListener((o, old, now) -> showAnnotation());
        repeat.addListener((o, old, now) -> reloadCells());
    }

    /** Reads the runs and the rubric, then opens the newest run (or keeps the one shown). */
    public void load() {
        if (run.get() == null) {
            loading.set(true);
        }
        executor.submit("compare-runs", () -> new Start(store.runs().list(), store.meta().objectives().rubric()),
                start -> {
                    annotation.setRubric(start.rubric());
                    Run keep = run.get();
                    runs.setAll(start.runs());
                    Run next = keep == null ? null : start.runs().stream().filter(r -> r.id() == keep.id())
                            .findFirst().orElse(null);
                    if (next == null && !start.runs().isEmpty()) {
                        next = start.runs().get(0); // newest first
                    }
                    if (next != null && (keep == null || keep.id() != next.id())) {
                        openRun(next);
                    } else if (next == null) {
                        loading.set(false);
                    }
                }, this::fail);
    }

    private record Start(List<Run> runs, List<RubricDimension> rubric) {
    }

    /** Shows {@code next}: its models become the columns, its prompts the rows, its first page is filled. */
    public void openRun(Run next) {
        int gen = ++generation;
        int open = ++opening;
        int rep = repeat.get();
        run.set(next);
        loading.set(true);
        executor.submit("compare-open-run", () -> java.util.Map.entry(loader.open(next, rep, PAGE),
                io.sidebench.logic.answers.SpeedSource.of(store, next.id())), both -> {
            if (gen != generation) {
                return;
            }
            var opened = both.getKey();
            speedMark.set(io.sidebench.gui.core.SpeedMarks.mark(messages, both.getValue()));
            facts = RunFacts.empty();
            models.setAll(opened.models());
            filter.set(GridFilter.NONE);
            filtered.setPredicate(GridFilter.NONE.predicate(facts));
            rows.setAll(opened.rows());
            pager.reset(next.id(), rep, List.of());
            pager.preload(rows.subList(0, Math.min(PAGE, rows.size())), opened.firstPage());
            categories.setAll(opened.categories());
            tags.clear();
            scorers.clear();
            diffChosen = false;
            diffLeft.set(-1);
            diffRight.set(-1);
            loading.set(false);
            selectedModel.set(0);
            selectedRow.set(view.isEmpty() ? null : view.get(0));
            status.set(messages.format("compare.loaded", rows.size(), models.size()));
            loadFacts(open, next.id());
        }, this::fail);
    }

    /** Reads what the tag and score filters need, after the grid is shown; filters apply it when it comes. */
    private void loadFacts(int open, long runId) {
        executor.submit("compare-facts", () -> loader.facts(runId), loaded -> {
            if (open != opening) {
                return;
            }
            facts = loaded;
            filtered.setPredicate(filter.get().predicate(facts));
            tags.setAll(facts.allTags());
            scorers.setAll(facts.scorers());
        }, this::fail);
    }

    /** The table shows the row at {@code viewIndex}: keeps its cells in the cache or loads its page. */
    public void requestCells(int viewIndex) {
        pager.request(viewIndex);
    }

    private void reloadCells() {
        generation++;
        if (run.get() != null) {
            pager.reset(run.get().id(), repeat.get(), rows);
        }
        reloadDetail();
    }

    /** Selects a cell: a row of the grid and a model column. */
    public void select(GridRow row, int modelIndex) {
        if (modelIndex >= 0 && modelIndex < models.size()) {
            selectedModel.set(modelIndex);
        }
        selectedRow.set(row);
    }

    /**
     * Shows one answer: the repeat, the prompt's row (clearing a filter that hides it) and the model's
     * column; false when the run shown has no such prompt or model.
     */
    public boolean goTo(long promptId, long modelId, int repeatNumber) {
        GridRow row = rows.stream().filter(r -> r.promptId() == promptId).findFirst().orElse(null);
        int column = models.stream().map(ModelConfig::id).toList().indexOf(modelId);
        if (row == null || column < 0) {
            return false;
        }
        if (repeat.get() != repeatNumber) {
            repeat.set(repeatNumber);
        }
        if (!view.contains(row)) {
            setFilter(GridFilter.NONE);
        }
        select(row, column);
        return true;
    }

    /** Moves the selection by rows and columns (arrow keys). */
    public void move(int rowDelta, int modelDelta) {
        if (view.isEmpty()) {
            return;
        }
        int rowIndex = selectedRow.get() == null ? 0 : Math.max(0, view.indexOf(selectedRow.get()));
        int nextRow = Math.max(0, Math.min(view.size() - 1, rowIndex + rowDelta));
        int nextModel = Math.max(0, Math.min(models.size() - 1, selectedModel.get() + modelDelta));
        selectedModel.set(nextModel);
        selectedRow.set(view.get(nextRow));
    }

    private void reloadDetail() {
        GridRow row = selectedRow.get();
        Run current = run.get();
        if (row == null || current == null) {
            detail.set(null);
            annotation.show(-1, null);
            return;
        }
        int gen = generation;
        int rep = repeat.get();
        String annotator = annotation.annotatorProperty().get();
        executor.submit("compare-detail", () -> {
            Prompt prompt = store.promptSets().prompt(row.promptId()).orElseThrow();
            Map<Long, Completion> byModel = new LinkedHashMap<>();
            Map<Long, Annotation> mine = new HashMap<>();
            for (Completion c : store.completions().forPrompts(current.id(), List.of(row.promptId()))) {
                if (c.cell().repeat() == rep) {
                    byModel.put(c.cell().modelId(), c);
                    if (annotator != null && !annotator.isBlank()) {
                        store.annotations().find(c.id(), annotator.strip()).ifPresent(a -> mine.put(c.cell().modelId(), a));
                    }
                }
            }
            return new PromptDetail(prompt, byModel, mine);
        }, loaded -> {
            if (gen == generation && row == selectedRow.get()) {
                if (!diffChosen) {
                    int[] pair = loaded.defaultDiff(models);
                    diffLeft.set(pair[0]);
                    diffRight.set(pair[1]);
                }
                detail.set(loaded);
                showAnnotation();
            }
        }, this::fail);
    }

    /** The user picks the two sides of the diff (-1: none); kept from then on for every prompt of this run. */
    public void chooseDiff(int left, int right) {
        diffChosen = true;
        diffLeft.set(left);
        diffRight.set(right);
    }

    private void showAnnotation() {
        PromptDetail d = detail.get();
        ModelConfig model = selectedModelConfig();
        Completion c = d == null || model == null ? null : d.completion(model.id());
        annotation.show(c == null ? -1 : c.id(), c == null ? null : d.myAnnotations().get(model.id()));
    }

    public ModelConfig selectedModelConfig() {
        int i = selectedModel.get();
        return i >= 0 && i < models.size() ? models.get(i) : null;
    }

    private void annotationSaved(Annotation saved) {
        PromptDetail shown = detail.get();
        Long promptId = shown == null ? null : shown.byModel().values().stream()
                .filter(c -> c.id() == saved.completionId()).map(c -> c.cell().promptId()).findFirst().orElse(null);
        if (promptId != null) {
            facts.addTags(promptId, saved.tags());
            if (!tags.containsAll(saved.tags())) {
                tags.setAll(facts.allTags());
            }
        }
        GridRow row = selectedRow.get();
        ModelConfig model = selectedModelConfig();
        if (row != null && model != null && row.isLoaded()) {
            CellSummary cell = row.cell(model.id());
            if (cell != null && cell.completionId() == saved.completionId() && !cell.annotated()) {
                Map<Long, CellSummary> next = new HashMap<>(row.cellsProperty().get());
                next.put(model.id(), cell.withAnnotated(true));
                row.cellsProperty().set(next);
            }
        }
        PromptDetail d = detail.get();
        if (d != null && model != null) {
            Map<Long, Annotation> mine = new HashMap<>(d.myAnnotations());
            mine.put(model.id(), saved);
            detail.set(new PromptDetail(d.prompt(), d.byModel(), mine));
        }
    }

    public boolean canRetry() {
        return retry.available();
    }

    /** Runs the selected cell again through the run engine (see {@link #retry(long, long)}). */
    public void retrySelected() {
        GridRow row = selectedRow.get();
        ModelConfig model = selectedModelConfig();
        if (row == null || model == null) {
            status.set(messages.get("compare.retryUnavailable"));
            return;
        }
        retry(row.promptId(), model.id());
    }

    /**
     * Runs exactly the cell of {@code promptId} and {@code modelId} (in the repeat shown) again through the run
     * engine, selects it, and says what really happened: an answer received, a failure again with its reason,
     * or why nothing was sent.
     */
    public void retry(long promptId, long modelId) {
        Run current = run.get();
        ModelConfig model = models.stream().filter(m -> m.id() == modelId).findFirst().orElse(null);
        if (!retry.available() || current == null || model == null) {
            status.set(messages.get("compare.retryUnavailable"));
            return;
        }
        if (retry.retryingProperty().get()) {
            return;
        }
        int modelIndex = models.indexOf(model);
        if (modelIndex != selectedModel.get()) {
            selectedModel.set(modelIndex);
        }
        retry.retry(new CellKey(current.id(), promptId, modelId, repeat.get()), model.displayName(),
                promptKey(promptId));
    }

    private String promptKey(long promptId) {
        PromptDetail d = detail.get();
        if (d != null && d.prompt().id() == promptId) {
            return d.prompt().key();
        }
        return rows.stream().filter(r -> r.promptId() == promptId).map(GridRow::key).findFirst()
                .orElse(String.valueOf(promptId));
    }

    /** True while a retry is under way (one at a time). */
    public BooleanProperty retryingProperty() {
        return retry.retryingProperty();
    }

    private void fail(Throwable failure) {
        loading.set(false);
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public void setFilter(GridFilter next) {
        filter.set(next == null ? GridFilter.NONE : next);
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    /**
     * Who measured the shown run's speed figures, for the answer cards: empty when Sidebench did, else
     * "imported (measured by TOOL)" or "not measured (imported answers)".
     */
    public javafx.beans.property.ReadOnlyStringProperty speedMarkProperty() {
        return speedMark;
    }

    public ObjectProperty<Run> runProperty() {
        return run;
    }

    public ObservableList<ModelConfig> models() {
        return models;
    }

    public ObservableList<GridRow> rows() {
        return rows;
    }

    /** The rows as the table shows them: filtered, then sorted by the table's comparator. */
    public SortedList<GridRow> view() {
        return view;
    }

    public ObjectProperty<GridFilter> filterProperty() {
        return filter;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<String> scorers() {
        return scorers;
    }

    public IntegerProperty repeatProperty() {
        return repeat;
    }

    public ObjectProperty<GridRow> selectedRowProperty() {
        return selectedRow;
    }

    public IntegerProperty selectedModelProperty() {
        return selectedModel;
    }

    public ObjectProperty<PromptDetail> detailProperty() {
        return detail;
    }

    public IntegerProperty diffLeftProperty() {
        return diffLeft;
    }

    public IntegerProperty diffRightProperty() {
        return diffRight;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public AnnotationViewModel annotation() {
        return annotation;
    }

    /** How many pages of cells have been requested from the store (the grid never reads a whole run). */
    public int pageLoads() {
        return pager.pageLoads();
    }

    /** How many rows hold their cells now (bounded by {@link #CACHE_ROWS}). */
    public int cachedRows() {
        return pager.cachedRows();
    }
}
