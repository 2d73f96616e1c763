package io.sidebench.gui.shell;

/** The steps of the workflow rail, in the order analysts benchmark. */
public enum WorkflowStep {
    OBJECTIVES("objectives"),
    DATASETS("datasets"),
    MODELS("models"),
    RUN("run"),
    COMPARE("compare"),
    ANALYSE("analyse"),
    REPORT("report");

    private final String id;

    WorkflowStep(String id) {
        this.id = id;
    }

    /** The step's id, used for message keys ({@code step.ID}) and CSS ids ({@code rail-ID}). */
    public String id() {
        return id;
    }
}
