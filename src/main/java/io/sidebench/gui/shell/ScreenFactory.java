package io.sidebench.gui.shell;

import io.sidebench.logic.store.ProjectStore;

/** Builds the screen of a workflow step for an open project (the composition root implements it). */
public interface ScreenFactory {
    Screen create(WorkflowStep step, ProjectStore store);
}
