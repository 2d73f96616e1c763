package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;
import io.sidebench.model.Objectives;
import io.sidebench.model.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a report needs from all of a run's rows, gathered in one pass over them: counts, categories,
 * each model's metrics as compact primitive columns (in row order, so statistics come out exactly as
 * from the rows), every annotation, and the first answers with annotations. The rows themselves are
 * not kept.
 */
public final class RowSummary {
    /** Answers with annotations kept for the reports' browsable section, at most. */
    static final int ANNOTATED_LIMIT = 200;

    private final int rows;
    private final int ok;
    private final List<String> categories;
    private final Map<Long, ModelValues> models;
    private final List<String> annotationDimensions;
    private final List<AnnotationLine> annotations;
    private final List<ResultRow> annotated;
    private final List<Completion> annotatedCells;
    private final List<Score> annotatedJudgeScores;

    private RowSummary(Accumulator a) {
        this.rows = a.rows;
        this.ok = a.ok;
        this.categories = List.copyOf(a.categories);
        this.models = Map.copyOf(a.models);
        this.annotationDimensions = List.copyOf(a.dimensions);
        this.annotations = List.copyOf(a.annotations);
        this.annotated = List.copyOf(a.annotated);
        this.annotatedCells = List.copyOf(a.annotatedCells);
        this.annotatedJudgeScores = List.copyOf(a.annotatedJudgeScores);
    }

    /** Every annotated answer's cell and status, without its text (for the human-judgment statistics). */
    public List<Completion> annotatedCells() {
        return annotatedCells;
    }

    /** The judge scores of annotated answers (for judge–human agreement). */
    public List<Score> annotatedJudgeScores() {
        return annotatedJudgeScores;
    }

    public int rows() {
        return rows;
    }

    public int ok() {
        return ok;
    }

    /** The prompt categories that occur, sorted. */
    public List<String> categories() {
        return categories;
    }

    /** Rubric dimensions that anyone rated, sorted. */
    public List<String> annotationDimensions() {
        return annotationDimensions;
    }

    /** Every annotation, in row order. */
    public List<AnnotationLine> annotations() {
        return annotations;
    }

    /** The first {@value #ANNOTATED_LIMIT} answers with annotations, in row order. */
    public List<ResultRow> annotated() {
        return annotated;
    }

    ModelValues model(long modelId) {
        return models.getOrDefault(modelId, ModelValues.NONE);
    }

    /** One model's values; metric columns hold non-null, non-NaN values only. */
    static final class ModelValues {
        static final ModelValues NONE = new ModelValues();

        int total;
        int ok;
        /** Over successful answers. */
        final DoubleColumn ttft = new DoubleColumn();
        final DoubleColumn e2e = new DoubleColumn();
        final DoubleColumn tokensPerSecond = new DoubleColumn();
        final DoubleColumn tpot = new DoubleColumn();
        final DoubleColumn cost = new DoubleColumn();
        /** Over all answers: each scorer, the headline score per category. */
        private final Map<String, DoubleColumn> scores = new HashMap<>();
        /** Per rubric dimension (and the weighted overall), each answer's mean over its annotators. */
        private final Map<String, DoubleColumn> human = new HashMap<>();
        private final Map<String, DoubleColumn> primaryByCategory = new HashMap<>();

        DoubleColumn score(String scorer) {
            return scores.getOrDefault(scorer, DoubleColumn.EMPTY);
        }

        DoubleColumn human(String dimension) {
            return human.getOrDefault(dimension, DoubleColumn.EMPTY);
        }

        DoubleColumn primaryIn(String category) {
            return primaryByCategory.getOrDefault(category, DoubleColumn.EMPTY);
        }
    }

    /** Takes the rows one by one, in report order. */
    static final class Accumulator {
        private final String primary;
        private final Objectives objectives;
        private int rows;
        private int ok;
        private final TreeSet<String> categories = new TreeSet<>();
        private final Map<Long, ModelValues> models = new LinkedHashMap<>();
        private final TreeSet<String> dimensions = new TreeSet<>();
        private final List<AnnotationLine> annotations = new ArrayList<>();
        private final List<ResultRow> annotated = new ArrayList<>();
        private final List<Completion> annotatedCells = new ArrayList<>();
        private final List<Score> annotatedJudgeScores = new ArrayList<>();

        Accumulator(String primaryScore) {
            this(primaryScore, Objectives.EMPTY);
        }

        /** @param objectives the rubric: its weights define the overall human score */
        Accumulator(String primaryScore, Objectives objectives) {
            this.primary = primaryScore;
            this.objectives = objectives;
        }

        void add(ResultRow row) {
            rows++;
            if (row.category() != null) {
                categories.add(row.category());
            }
            ModelValues m = models.computeIfAbsent(row.modelId(), k -> new ModelValues());
            m.total++;
            row.scores().forEach((scorer, v) -> put(m.scores.computeIfAbsent(scorer, k -> new DoubleColumn()), v));
            if (!row.annotations().isEmpty()) {
                Map<String, Double> perDimension = new TreeMap<>();
                row.annotations().stream().flatMap(a -> a.ratings().keySet().stream()).distinct()
                        .forEach(d -> row.meanRating(d).ifPresent(v -> perDimension.put(d, v)));
                HumanColumns.answerValues(objectives, perDimension)
                        .forEach((d, v) -> put(m.human.computeIfAbsent(d, k -> new DoubleColumn()), v));
            }
            if (primary != null && row.category() != null && row.scores().get(primary) != null) {
                put(m.primaryByCategory.computeIfAbsent(row.category(), k -> new DoubleColumn()),
                        row.scores().get(primary));
            }
            if (row.isOk()) {
                ok++;
                m.ok++;
                Metrics x = row.metrics();
                put(m.ttft, x.ttftMs());
                put(m.e2e, x.e2eMs());
                put(m.tokensPerSecond, x.tokensPerSecond());
                put(m.tpot, x.tpotMs());
                put(m.cost, x.cost());
            }
            if (!row.annotations().isEmpty()) {
                for (Annotation a : row.annotations()) {
                    annotations.add(new AnnotationLine(row.promptKey(), row.modelLabel(), a));
                    dimensions.addAll(a.ratings().keySet());
                }
                annotatedCells.add(new Completion(row.completionId(), new CellKey(row.runId(), row.promptId(),
                        row.modelId(), row.repeat()), row.status(), "", List.of(), null, null, null, List.of(), false, 1,
                        null));
                row.scores().forEach((scorer, v) -> {
                    if (scorer.startsWith("judge")) {
                        annotatedJudgeScores.add(new Score(row.completionId(), scorer, v, null, null));
                    }
                });
                if (annotated.size() < ANNOTATED_LIMIT) {
                    annotated.add(row);
                }
            }
        }

        private static void put(DoubleColumn column, Double v) {
            if (v != null && !v.isNaN()) {
                column.add(v);
            }
        }

        RowSummary finish() {
            return new RowSummary(this);
        }
    }
}
