package io.sidebench.gui.shell;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.ProjectSession;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.samples.SampleProjects;
import io.sidebench.logic.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the main window: the open project, the current workflow step, recent projects,
 * the status line, and what happens to files dropped on the window. Touches no controls.
 */
public final class ShellViewModel {
    /** File name endings the data sets step can import. */
    public static final Set<String> PROMPT_FILE_ENDINGS = Set.of(".jsonl", ".json", ".csv", ".tsv", ".yaml", ".yml",
            ".xlsx", ".txt", ".parquet");

    private final ProjectSession session;
    private final TaskExecutor executor;
    private final AppPreferences preferences;
    private final Messages messages;

    private final ObjectProperty<WorkflowStep> step = new SimpleObjectProperty<>(this, "step", WorkflowStep.OBJECTIVES);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> samples = FXCollections.observableArrayList();
    private SampleProjects sampleProjects = new SampleProjects(null, null);
    private final BooleanBinding projectOpen;
    private final StringBinding windowTitle;

    public ShellViewModel(ProjectSession session, TaskExecutor executor, AppPreferences preferences, Messages messages) {
        this.session = session;
        this.executor = executor;
        this.preferences = preferences;
        this.messages = messages;
        this.projectOpen = session.storeProperty().isNotNull();
        this.windowTitle = Bindings.createStringBinding(this::computeTitle, session.storeProperty(),
                session.titleProperty());
        recent.setAll(preferences.recentProjects());
    }

    private String computeTitle() {
        ProjectStore store = session.storeProperty().get();
        if (store == null) {
            return messages.get("app.name");
        }
        return messages.format("app.titleWithProject", session.titleProperty().get(),
                store.file().getFileName().toString());
    }

    public ObjectProperty<WorkflowStep> stepProperty() {
        return step;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Path> recentProjects() {
        return recent;
    }

    public BooleanBinding projectOpenProperty() {
        return projectOpen;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public ProjectSession session() {
        return session;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    /** Creates a new project file and opens it. */
    public void newProject(Path file, String title) {
        Path target = withExtension(file);
        runProjectTask("new", () -> ProjectStore.create(target, title), "status.created");
    }

    /** Where the bundled samples are and where copies go; lists the samples for the welcome screen. */
    public void useSamples(SampleProjects projects) {
        sampleProjects = projects;
        samples.setAll(projects.list());
    }

    public ObservableList<Path> samples() {
        return samples;
    }

    /** Opens a copy of a bundled sample (copied into the workspace first, so the sample stays pristine). */
    public void openSample(Path sample) {
        SampleProjects projects = sampleProjects;
        runProjectTask("open-sample", () -> ProjectStore.open(projects.copyToWorkspace(sample)), "status.opened");
    }

    /** Who opens annotation packages (the window's annotation-only mode); none: they are refused. */
    private java.util.function.Consumer<Path> packageOpener;

    public void setPackageOpener(java.util.function.Consumer<Path> opener) {
        this.packageOpener = opener;
    }

    public static boolean isPackageFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(io.sidebench.logic.packages.PackageFile.EXTENSION);
    }

    /** Opens an existing project file, or an annotation package in the annotation-only mode. */
    public void open(Path file) {
        if (isPackageFile(file) && packageOpener != null) {
            packageOpener.accept(file);
            return;
        }
        runProjectTask("open", () -> ProjectStore.open(file), "status.opened");
    }

    /**
     * Saves the open project under another name: the file is closed, copied and the copy opened, so
     * everything already committed travels along.
     */
    public void saveAs(Path file) {
        Path target = withExtension(file).toAbsolutePath().normalize();
        ProjectStore current = session.current().orElse(null);
        if (current == null) {
            return;
        }
        Path source = current.file().toAbsolutePath().normalize();
        if (source.equals(target)) {
            status.set(messages.get("status.saveAsSame"));
            return;
        }
        session.detach();
        runProjectTask("save-as", () -> {
            current.close();
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            Path wal = Path.of(source + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(target + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            return ProjectStore.open(target);
        }, "status.savedAs");
    }

    public void closeProject() {
        session.close();
        status.set("");
    }

    private void runProjectTask(String name, java.util.concurrent.Callable<ProjectStore> work, String doneKey) {
        busy.set(true);
        executor.submit("project-" + name, () -> {
            ProjectStore store = work.call();
            return new Opened(store, store.meta().title());
        }, opened -> {
            busy.set(false);
            session.replace(opened.store(), opened.title());
            preferences.addRecent(opened.store().file());
            preferences.setLastFolder(opened.store().file().toAbsolutePath().getParent());
            recent.setAll(preferences.recentProjects());
            step.set(WorkflowStep.OBJECTIVES);
            status.set(messages.format(doneKey, opened.store().file().getFileName().toString()));
        }, failure -> {
            busy.set(false);
            status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
        });
    }

    private record Opened(ProjectStore store, String title) {
    }

    /**
     * Handles files dropped on the window: a project file is opened; prompt files are queued for the data
     * sets step (which is shown). Returns false when nothing could be used.
     */
    public boolean dropped(List<Path> files) {
        Path project = files.stream().filter(f -> isProjectFile(f) || isPackageFile(f)).findFirst().orElse(null);
        if (project != null) {
            open(project);
            return true;
        }
        List<Path> prompts = files.stream().filter(ShellViewModel::isPromptFile).toList();
        if (prompts.isEmpty()) {
            status.set(messages.get("status.dropUnsupported"));
            return false;
        }
        if (session.current().isEmpty()) {
            status.set(messages.get("status.dropNeedsProject"));
            return false;
        }
        session.pendingImports().setAll(prompts);
        step.set(WorkflowStep.DATASETS);
        return true;
    }

    /** Whether a drag carrying {@code files} may be dropped here. */
    public boolean accepts(List<Path> files) {
        return files.stream().anyMatch(f -> isProjectFile(f) || isPackageFile(f) || isPromptFile(f));
    }

    public static boolean isProjectFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ProjectStore.EXTENSION);
    }

    public static boolean isPromptFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PROMPT_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    static Path withExtension(Path file) {
        return isProjectFile(file) ? file : file.resolveSibling(file.getFileName() + ProjectStore.EXTENSION);
    }

    public void forgetRecent(Path file) {
        preferences.removeRecent(file);
        recent.setAll(preferences.recentProjects());
    }
}
