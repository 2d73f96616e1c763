package io.sidebench.logic.stats;

import io.sidebench.model.Completion;
import io.sidebench.model.RubricDimension;
import java.util.List;

/**
 * What people (and the judge, compared with people) say about a run, per rubric dimension: ratings on each
 * dimension's own scale, agreement between annotators, judge–human agreement and annotation progress.
 *
 * @param overallLabel  how the overall human score is defined, {@code null} when the rubric has no weights
 * @param disagreements the answers annotators disagree on most (at most {@link #DISAGREEMENTS})
 */
public record JudgmentReport(HumanRatings.Result ratings, List<DimensionAgreement.Result> agreement,
                             JudgeHumanAgreement.Result judge, List<AnnotationProgress.Line> progress,
                             String overallLabel, List<Disagreements.Item> disagreements) {
    /** How many of the most disagreed answers are kept. */
    public static final int DISAGREEMENTS = 20;

    public JudgmentReport {
        agreement = List.copyOf(agreement);
        progress = List.copyOf(progress);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    public static JudgmentReport compute(RunDataset data, List<RubricDimension> rubric, Bootstrap bootstrap) {
        HumanRatings.Result ratings = HumanRatings.compute(data, rubric, bootstrap);
        List<Long> answers = data.completions().stream().filter(Completion::isOk).map(Completion::id).toList();
        return new JudgmentReport(ratings, DimensionAgreement.compute(ratings.dimensions(), data.annotations()),
                JudgeHumanAgreement.compute(data, ratings.dimensions()),
                AnnotationProgress.of(answers, ratings.dimensions().stream().map(HumanRatings.Dimension::name).toList(),
                        data.annotations()),
                ratings.hasOverall() ? HumanRatings.OVERALL_LABEL : null,
                Disagreements.top(ratings.dimensions(), data.annotations(), DISAGREEMENTS));
    }
}
