package io.sidebench.gui;

import io.sidebench.gui.objectives.ObjectivesView;
import io.sidebench.gui.objectives.ObjectivesViewModel;
import io.sidebench.gui.shell.PendingScreen;
import io.sidebench.gui.shell.Screen;
import io.sidebench.gui.shell.ScreenFactory;
import io.sidebench.gui.shell.WorkflowStep;
import io.sidebench.logic.store.ProjectStore;

/** Builds each step's View and ViewModel from the composition root. */
final class Screens implements ScreenFactory {
    private final AppContext context;

    Screens(AppContext context) {
        this.context = context;
    }

    @Override
    public Screen create(WorkflowStep step, ProjectStore store) {
        return switch (step) {
            case OBJECTIVES -> new ObjectivesView(new ObjectivesViewModel(store, context.executor(),
                    context.messages(), context.session()), context.messages());
            default -> new PendingScreen(context.messages(), step);
        };
    }
}
