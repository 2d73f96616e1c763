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
import java.util.TreeSet;
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
 * The compare grid: prompts as rows, the run's models as columns. Rows are light; their cells are read
 * from the store a page at a time as the table shows them, so a 10,000 x 6 run stays smooth. Selecting a
 * cell loads that prompt's answers side by side and the annotator's annotation of the chosen answer.
 */
public final class CompareViewModel {
    /** Rows read per page when the table asks for cells it has not got yet. */
    public static final int PAGE = 100;

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AppPreferences preferences;
    private final CellRetrier retrier;
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
    private RunFacts facts = RunFacts.empty();
    private int generation;
    private int pageLoads;

    public CompareViewModel(ProjectStore store, TaskExecutor executor, Messages messages, AppPreferences preferences,
                            CellRetrier retrier) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.preferences = preferences;
        this.retrier = retrier;
        this.annotation = new AnnotationViewModel(store, executor, messages);
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
        executor.submit("compare-runs", () -> new Start(store.runs().list(), store.meta().objectives().rubric()),
                start -> {
                    annotation.setRubric(start.rubric());
                    Run keep = run.get();
                    runs.setAll(start.runs());
                    Run next = keep == null ? null : start.runs().stream().filter(r -> r.id() == keep.id())
                            .findFirst().orElse(null);
                    if (next == null && !start.runs().isEmpty()) {
                        next = start.runs().get(start.runs().size() - 1);
                    }
                    if (next != null && (keep == null || keep.id() != next.id())) {
                        openRun(next);
                    }
                }, this::fail);
    }

    private record Start(List<Run> runs, List<RubricDimension> rubric) {
    }

    private record Opened(List<ModelConfig> models, List<GridRow> rows, RunFacts facts) {
    }

    /** Shows {@code next}: its models become the columns, its prompts the rows. */
    public void openRun(Run next) {
        int gen = ++generation;
        run.set(next);
        loading.set(true);
        executor.submit("compare-open-run", () -> {
            List<ModelConfig> cols = new ArrayList<>();
            for (long id : next.modelIds()) {
                store.models().get(id).ifPresent(cols::add);
            }
            List<GridRow> list = new ArrayList<>();
            int total = store.promptSets().count(next.promptSetId());
            for (int offset = 0; offset < total; offset += 1000) {
                for (Prompt p : store.promptSets().prompts(next.promptSetId(), offset, 1000)) {
                    list.add(GridRow.of(p));
                }
            }
            RunFacts runFacts = new RunFacts(store.completions().cells(next.id()),
                    store.annotations().forRun(next.id()), store.scores().forRun(next.id()));
            return new Opened(cols, list, runFacts);
        }, opened -> {
            if (gen != generation) {
                return;
            }
            facts = opened.facts();
            models.setAll(opened.models());
            filter.set(GridFilter.NONE);
            filtered.setPredicate(GridFilter.NONE.predicate(facts));
            rows.setAll(opened.rows());
            categories.setAll(new TreeSet<>(opened.rows().stream().map(GridRow::category)
                    .filter(c -> !c.isEmpty()).toList()));
            tags.setAll(facts.allTags());
            scorers.setAll(facts.scorers());
            diffLeft.set(models.size() > 1 ? 0 : -1);
            diffRight.set(models.size() > 1 ? 1 : -1);
            loading.set(false);
            selectedModel.set(0);
            selectedRow.set(view.isEmpty() ? null : view.get(0));
            status.set(messages.format("compare.loaded", rows.size(), models.size()));
        }, this::fail);
    }

    /** Asks for the cells of the row at {@code viewIndex}; loads its page if needed. */
    public void requestCells(int viewIndex) {
        if (viewIndex < 0 || viewIndex >= view.size() || run.get() == null) {
            return;
        }
        if (view.get(viewIndex).isLoaded()) {
            return;
        }
        List<GridRow> page = new ArrayList<>();
        for (int i = Math.max(0, viewIndex - 10); i < Math.min(view.size(), viewIndex + PAGE); i++) {
            GridRow row = view.get(i);
            if (row.markRequested()) {
                page.add(row);
            }
        }
        if (page.isEmpty()) {
            return;
        }
        int gen = generation;
        long runId = run.get().id();
        int rep = repeat.get();
        RunFacts known = facts;
        pageLoads++;
        executor.submit("compare-page", () -> {
            List<Long> ids = page.stream().map(GridRow::promptId).toList();
            Map<Long, Map<Long, CellSummary>> byPrompt = new HashMap<>();
            for (Completion c : store.completions().forPrompts(runId, ids)) {
                if (c.cell().repeat() == rep) {
                    byPrompt.computeIfAbsent(c.cell().promptId(), k -> new HashMap<>())
                            .put(c.cell().modelId(), CellSummary.of(c, known.isAnnotated(c.id())));
                }
            }
            return byPrompt;
        }, byPrompt -> {
            if (gen != generation) {
                return;
            }
            for (GridRow row : page) {
                row.cellsProperty().set(byPrompt.getOrDefault(row.promptId(), Map.of()));
            }
        }, this::fail);
    }

    private void reloadCells() {
        generation++;
        rows.forEach(GridRow::forget);
        reloadDetail();
    }

    /** Selects a cell: a row of the grid and a model column. */
    public void select(GridRow row, int modelIndex) {
        if (modelIndex >= 0 && modelIndex < models.size()) {
            selectedModel.set(modelIndex);
        }
        selectedRow.set(row);
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
                detail.set(loaded);
                showAnnotation();
            }
        }, this::fail);
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
        facts.addAnnotation(saved);
        if (!tags.containsAll(saved.tags())) {
            tags.setAll(facts.allTags());
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
        return retrier != null;
    }

    /** Runs the selected failed cell again through the run engine. */
    public void retrySelected() {
        GridRow row = selectedRow.get();
        ModelConfig model = selectedModelConfig();
        if (retrier == null || row == null || model == null || run.get() == null) {
            status.set(messages.get("compare.retryUnavailable"));
            return;
        }
        CellKey cell = new CellKey(run.get().id(), row.promptId(), model.id(), repeat.get());
        status.set(messages.get("compare.retrying"));
        executor.submit("compare-retry", () -> retrier.retry(cell), done -> {
            status.set(messages.get(done.isOk() ? "compare.retryOk" : "compare.retryFailed"));
            reloadCells();
        }, this::fail);
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
        return pageLoads;
    }
}
