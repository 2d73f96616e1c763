package io.sidebench.gui;

import io.sidebench.gui.blind.BlindView;
import io.sidebench.gui.blind.BlindViewModel;
import io.sidebench.gui.compare.CompareView;
import io.sidebench.gui.compare.CompareViewModel;
import io.sidebench.gui.datasets.DatasetsView;
import io.sidebench.gui.datasets.DatasetsViewModel;
import io.sidebench.gui.models.DiscoveryViewModel;
import io.sidebench.gui.models.ModelsView;
import io.sidebench.gui.models.ModelsViewModel;
import io.sidebench.gui.objectives.ObjectivesView;
import io.sidebench.gui.race.RaceView;
import io.sidebench.gui.race.RaceViewModel;
import io.sidebench.gui.run.RunView;
import io.sidebench.gui.run.RunViewModel;
import io.sidebench.logic.prompts.PromptImporters;
import io.sidebench.gui.objectives.ObjectivesViewModel;
import io.sidebench.gui.shell.PendingScreen;
import io.sidebench.gui.shell.Screen;
import io.sidebench.gui.shell.ScreenFactory;
import io.sidebench.gui.shell.WorkflowStep;
import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import java.time.Duration;

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
            case COMPARE -> compare(store);
            case RUN -> new RunView(new RunViewModel(store, context.executor(), context.messages(), context::clients,
                    context.runSelections()), context.messages());
            case MODELS -> models(store);
            case DATASETS -> new DatasetsView(new DatasetsViewModel(store, context.executor(), context.messages(),
                    context.session(), PromptImporters.standard()), context.messages(), context.dialogs());
            case ANALYSE -> analyse(context, store);
            case REPORT -> new io.sidebench.gui.report.ReportView(new io.sidebench.gui.report.ReportViewModel(store,
                    context.executor(), context.messages(), java.time.Clock.systemUTC()), context.messages(),
                    context.dialogs(), (owner, run) -> present(store, owner, run));
            default -> new PendingScreen(context.messages(), step);
        };
    }

    private void present(ProjectStore store, javafx.stage.Window owner, io.sidebench.model.Run run) {
        io.sidebench.gui.present.PresentationViewModel vm = new io.sidebench.gui.present.PresentationViewModel(store,
                context.executor(), context.messages());
        var theme = context.preferences().theme();
        io.sidebench.gui.present.PresentationView.open(owner, vm, context.messages(), theme.stylesheets());
        vm.load(run, theme == io.sidebench.gui.core.Theme.DARK, () -> { });
    }

    private static Screen analyse(AppContext context, ProjectStore store) {
        var vm = new io.sidebench.gui.analyse.AnalyseViewModel(store, context.executor(), context.messages(),
                context.preferences().themeProperty());
        var scoring = new io.sidebench.gui.analyse.ScoreViewModel(store, context.executor(), context.messages(),
                context::clients, context.embeddings(), vm::refresh);
        return new io.sidebench.gui.analyse.AnalyseView(vm, scoring, context.messages(), context.dialogs());
    }

    private Screen models(ProjectStore store) {
        ModelsViewModel vm = new ModelsViewModel(store, context.executor(), context.messages(), context.modelServices());
        return new ModelsView(vm, context.messages(), context.dialogs(),
                new DiscoveryViewModel(vm, context.executor(), context.messages()), context.executor(),
                new io.sidebench.gui.models.SourceMemory() {
                    @Override
                    public java.util.Optional<String> last() {
                        return context.preferences().lastModelSource();
                    }

                    @Override
                    public void remember(String sourceId) {
                        context.preferences().setLastModelSource(sourceId);
                    }
                });
    }

    private Screen compare(ProjectStore store) {
        CompareViewModel vm = new CompareViewModel(store, context.executor(), context.messages(),
                context.preferences(), new io.sidebench.gui.compare.EngineCellRetrier(store, context::clients,
                        MetricsCalculator.withCl100k(), SchedulerSettings.of(1, Duration.ofSeconds(120))));
        BlindViewModel blind = new BlindViewModel(store, context.executor(), context.messages(), context.preferences());
        BlindView blindView = new BlindView(blind, context.messages());
        RaceViewModel raceModel = new RaceViewModel(store, context.executor(), context.messages());
        Runnable[] back = {() -> { }};
        RaceView race = new RaceView(raceModel, context.messages(), () -> back[0].run());
        var disagreements = new io.sidebench.gui.compare.DisagreementsViewModel(store, context.executor(),
                context.messages(), vm);
        return new CompareView(vm, disagreements, context.messages(), blindView.root(), () -> blind.open(vm.runProperty().get()),
                (title, ids, onBack) -> {
                    back[0] = onBack;
                    raceModel.load(title, ids, race::play);
                    return race.root();
                });
    }
}
