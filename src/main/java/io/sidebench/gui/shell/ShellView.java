package io.sidebench.gui.shell;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.core.Theme;
import io.sidebench.logic.store.ProjectStore;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The main window: menu, workflow rail on the left, the current step's screen, a status line. */
public final class ShellView {
    private final ShellViewModel vm;
    private final Messages messages;
    private final ScreenFactory screens;
    private final FileDialogs dialogs;
    private final WindowHost host;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup railGroup = new ToggleGroup();
    private final Map<WorkflowStep, ToggleButton> railButtons = new EnumMap<>(WorkflowStep.class);
    private final Map<WorkflowStep, Screen> built = new EnumMap<>(WorkflowStep.class);
    private final Menu recentMenu = new Menu();
    private WelcomePane welcome;

    public ShellView(ShellViewModel vm, Messages messages, ScreenFactory screens, FileDialogs dialogs, WindowHost host) {
        this.vm = vm;
        this.messages = messages;
        this.screens = screens;
        this.dialogs = dialogs;
        this.host = host;
        root.getStyleClass().add("shell");
        root.setTop(buildMenu());
        root.setLeft(buildRail());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(buildStatus());
        installDragAndDrop();
        installStepShortcuts();
        vm.session().storeProperty().addListener((obs, old, now) -> projectChanged());
        vm.stepProperty().addListener((obs, old, now) -> {
            leaving(old);
            showStep();
        });
        projectChanged();
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private MenuBar buildMenu() {
        MenuItem create = item("action.newProject", "Shortcut+N", this::newProject);
        MenuItem open = item("action.open", "Shortcut+O", this::openProject);
        recentMenu.setText(messages.get("action.recent"));
        vm.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecentMenu());
        fillRecentMenu();
        MenuItem saveAs = item("action.saveAs", "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(vm.projectOpenProperty().not());
        MenuItem close = item("action.close", "Shortcut+W", () -> {
            if (saveEditsOrAsk()) {
                vm.closeProject();
            }
        });
        close.disableProperty().bind(vm.projectOpenProperty().not());
        MenuItem quit = item("action.quit", "Shortcut+Q", () -> {
            if (saveEditsOrAsk()) {
                host.quit();
            }
        });
        Menu file = new Menu(messages.get("menu.file"), null, create, open, recentMenu, new SeparatorMenuItem(),
                saveAs, close, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu language = new Menu(messages.get("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + locale.getLanguage()));
            choice.setToggleGroup(languages);
            choice.setUserData(locale.getLanguage().equals(messages.locale().getLanguage()) ? messages.locale() : locale);
            choice.setSelected(locale.getLanguage().equals(messages.locale().getLanguage()));
            choice.setOnAction(e -> {
                if (!saveEditsOrAsk()) {
                    languages.getToggles().forEach(t -> t.setSelected(t.getUserData() == messages.locale()));
                    return;
                }
                vm.preferences().setLocale(locale);
                host.changeLanguage(locale);
            });
            language.getItems().add(choice);
        }
        Menu theme = new Menu(messages.get("menu.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("theme." + t.id()));
            choice.setToggleGroup(themes);
            choice.setSelected(t == vm.preferences().theme());
            choice.setOnAction(e -> {
                vm.preferences().setTheme(t);
                host.changeTheme(t);
            });
            theme.getItems().add(choice);
        }
        Menu preferences = new Menu(messages.get("menu.preferences"), null, language, theme);
        preferences.setId("menu-preferences");
        MenuBar bar = new MenuBar(file, preferences);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path file : vm.recentProjects()) {
            MenuItem item = new MenuItem(messages.format("welcome.recentItem", file.getFileName().toString(),
                    WelcomePane.folderOf(file)));
            item.setOnAction(e -> {
                if (saveEditsOrAsk()) {
                    vm.open(file);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Node buildRail() {
        VBox rail = new VBox();
        rail.getStyleClass().add("rail");
        rail.setId("rail");
        int n = 1;
        for (WorkflowStep step : WorkflowStep.values()) {
            ToggleButton button = new ToggleButton(n++ + "  " + messages.get("step." + step.id()));
            button.setId("rail-" + step.id());
            button.getStyleClass().add("rail-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(railGroup);
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(messages.get("step." + step.id() + ".hint")));
            button.disableProperty().bind(vm.projectOpenProperty().not());
            button.setOnAction(e -> {
                vm.stepProperty().set(step);
                button.setSelected(true);
            });
            railButtons.put(step, button);
            rail.getChildren().add(button);
        }
        return rail;
    }

    private Node buildStatus() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(vm.busyProperty());
        busy.setPrefSize(16, 16);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, busy);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void installDragAndDrop() {
        root.setOnDragOver((DragEvent e) -> {
            if (e.getDragboard().hasFiles() && vm.accepts(paths(e.getDragboard().getFiles()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped((DragEvent e) -> {
            List<Path> files = e.getDragboard().hasFiles() ? paths(e.getDragboard().getFiles()) : List.of();
            boolean opensProject = files.stream().anyMatch(ShellViewModel::isProjectFile);
            boolean done = !files.isEmpty() && (!opensProject || saveEditsOrAsk()) && vm.dropped(files);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * Ctrl+1 to Ctrl+7 (Cmd on macOS; top row or keypad) select the workflow steps, as a click on the rail
     * does; nothing while no project is open.
     */
    private void installStepShortcuts() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || !vm.projectOpenProperty().get()) {
                return;
            }
            String name = e.getCode().getName();
            int n = e.getCode().isDigitKey() ? name.charAt(name.length() - 1) - '0' : 0;
            if (n >= 1 && n <= WorkflowStep.values().length) {
                vm.stepProperty().set(WorkflowStep.values()[n - 1]);
                e.consume();
            }
        });
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }

    private void newProject() {
        if (saveEditsOrAsk()) {
            dialogs.chooseNewProject(window()).ifPresent(file -> vm.newProject(file, null));
        }
    }

    private void openProject() {
        if (saveEditsOrAsk()) {
            dialogs.chooseProjectToOpen(window()).ifPresent(vm::open);
        }
    }

    private void saveAs() {
        if (saveEditsOrAsk()) {
            dialogs.chooseSaveAs(window()).ifPresent(vm::saveAs);
        }
    }

    /**
     * Before the project closes, the window is rebuilt or the app quits: every screen writes its unsaved
     * edits; edits that cannot be saved (say, a rubric with two dimensions of the same name) are listed and
     * the user chooses to discard them or go back to them (the first such screen is shown). True to go on.
     */
    public boolean saveEditsOrAsk() {
        StringBuilder problems = new StringBuilder();
        WorkflowStep first = null;
        for (Map.Entry<WorkflowStep, Screen> entry : built.entrySet()) {
            String problem = entry.getValue().saveEdits();
            if (problem != null && !problem.isBlank()) {
                first = first == null ? entry.getKey() : first;
                problems.append(messages.get("step." + entry.getKey().id())).append(": ").append(problem).append('\n');
            }
        }
        if (first == null) {
            return true;
        }
        boolean discard = dialogs.confirmDiscard(window(), messages.get("unsaved.title"),
                messages.format("unsaved.message", problems.toString().strip()), messages.get("unsaved.discard"),
                messages.get("unsaved.keep"));
        if (!discard) {
            vm.stepProperty().set(first);
        }
        return discard;
    }

    /** The step being left writes its edits (a screen may reload when shown again). */
    private void leaving(WorkflowStep step) {
        Screen screen = step == null ? null : built.get(step);
        String problem = screen == null ? "" : screen.saveEdits();
        if (problem != null && !problem.isBlank()) {
            vm.statusProperty().set(problem);
        }
    }

    private void projectChanged() {
        built.values().forEach(Screen::dispose);
        built.clear();
        showStep();
    }

    private void showStep() {
        ProjectStore store = vm.session().current().orElse(null);
        if (store == null) {
            railGroup.selectToggle(null);
            if (welcome == null) {
                welcome = new WelcomePane(vm, messages, this::newProject, this::openProject);
            }
            content.getChildren().setAll(welcome);
            return;
        }
        WorkflowStep step = vm.stepProperty().get();
        railButtons.get(step).setSelected(true);
        Screen screen = built.computeIfAbsent(step, s -> screens.create(s, store));
        content.getChildren().setAll(screen.root());
        screen.activated();
    }

    /** Releases the screens (the window is being rebuilt or closed). */
    public void dispose() {
        built.values().forEach(Screen::dispose);
        built.clear();
    }
}
