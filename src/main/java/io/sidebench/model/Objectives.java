package io.sidebench.model;

import java.util.List;

/** What the evaluation is for, and the rubric that drives annotation. */
public record Objectives(String title, String goal, String successCriteria, List<RubricDimension> rubric) {
    public static final Objectives EMPTY = new Objectives("Untitled evaluation", "", "", List.of());

    public Objectives {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    public Objectives withTitle(String newTitle) {
        return new Objectives(newTitle, goal, successCriteria, rubric);
    }

    public Objectives withRubric(List<RubricDimension> newRubric) {
        return new Objectives(title, goal, successCriteria, newRubric);
    }
}
