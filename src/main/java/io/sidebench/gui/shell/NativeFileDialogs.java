package io.sidebench.gui.shell;

import io.sidebench.gui.core.AppPreferences;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file choosers, starting in the folder last used. */
public final class NativeFileDialogs implements FileDialogs {
    private final AppPreferences preferences;

    public NativeFileDialogs(AppPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public boolean confirmDiscard(Window owner, String title, String message, String discard, String keep) {
        javafx.scene.control.ButtonType discardButton = new javafx.scene.control.ButtonType(discard,
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.ButtonType keepButton = new javafx.scene.control.ButtonType(keep,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                message, keepButton, discardButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().filter(discardButton::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseNewProject(Window owner) {
        FileChooser chooser = chooser("Sidebench project", "*.sidebench");
        chooser.setInitialFileName("evaluation.sidebench");
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Window owner) {
        FileChooser chooser = chooser("Sidebench project", "*.sidebench");
        // an annotation package opens in the annotation-only mode
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sidebench annotation package",
                "*" + io.sidebench.logic.packages.PackageFile.EXTENSION));
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Sidebench project or annotation package",
                "*.sidebench", "*" + io.sidebench.logic.packages.PackageFile.EXTENSION));
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveAs(Window owner) {
        FileChooser chooser = chooser("Sidebench project", "*.sidebench");
        chooser.setInitialFileName("copy.sidebench");
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> choosePromptFile(Window owner) {
        return remember(chooser("Prompt files", "*.jsonl", "*.json", "*.csv", "*.tsv", "*.yaml", "*.yml", "*.xlsx",
                "*.txt").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String extension) {
        FileChooser chooser = chooser(extension.toUpperCase(java.util.Locale.ROOT), "*." + extension);
        chooser.setInitialFileName("report." + extension);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseModelFile(Window owner) {
        return remember(chooser("GGUF model", "*.gguf").showOpenDialog(owner));
    }

    private FileChooser chooser(String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        Path folder = preferences.lastFolder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        preferences.setLastFolder(file.toPath().toAbsolutePath().getParent());
        return Optional.of(file.toPath());
    }
}
