package io.sidebench.gui.shell;

import io.sidebench.gui.core.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The empty state shown while no project is open: what to do next, and the recent projects. */
final class WelcomePane extends VBox {
    private final VBox recentBox = new VBox(4);
    private final VBox sampleBox = new VBox(4);
    private final ShellViewModel vm;
    private final Messages messages;

    WelcomePane(ShellViewModel vm, Messages messages, Runnable onNew, Runnable onOpen) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setId("welcome");
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add("empty-title");
        Label hint = new Label(messages.get("welcome.hint"));
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        Button create = new Button(messages.get("action.newProject"));
        create.setId("welcome-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> onNew.run());
        Button open = new Button(messages.get("action.open"));
        open.setId("welcome-open");
        open.setOnAction(e -> onOpen.run());
        HBox buttons = new HBox(8, create, open);
        buttons.setAlignment(Pos.CENTER);
        recentBox.setAlignment(Pos.CENTER);
        sampleBox.setAlignment(Pos.CENTER);
        sampleBox.setId("welcome-samples");
        getChildren().addAll(title, hint, buttons, sampleBox, recentBox);
        vm.samples().addListener((ListChangeListener<Path>) c -> fillSamples());
        fillSamples();
        vm.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private void fillSamples() {
        sampleBox.getChildren().clear();
        if (vm.samples().isEmpty()) {
            return;
        }
        Label heading = new Label(messages.get("welcome.samples"));
        heading.getStyleClass().add("section-title");
        sampleBox.getChildren().add(heading);
        for (Path file : vm.samples()) {
            String name = file.getFileName().toString();
            Hyperlink link = new Hyperlink(name.substring(0, name.length() - ".sidebench".length()));
            link.setId("sample-" + link.getText());
            link.setTooltip(new Tooltip(file.toString()));
            link.setOnAction(e -> vm.openSample(file));
            sampleBox.getChildren().add(link);
        }
    }

    /** The folder of a recent project, the home folder shown as ~ (the tooltip has the full path). */
    static String folderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return "";
        }
        String home = System.getProperty("user.home");
        String text = folder.toString();
        if (home != null && !home.isBlank() && folder.startsWith(Path.of(home))) {
            Path rest = Path.of(home).relativize(folder);
            text = rest.toString().isEmpty() ? "~" : "~" + java.io.File.separator + rest;
        }
        return text;
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        if (vm.recentProjects().isEmpty()) {
            return;
        }
        Label heading = new Label(messages.get("welcome.recent"));
        heading.getStyleClass().add("section-title");
        recentBox.getChildren().add(heading);
        for (Path file : vm.recentProjects()) {
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setTooltip(new Tooltip(file.toString()));
            if (Files.isRegularFile(file)) {
                link.setOnAction(e -> vm.open(file));
            } else {
                link.setText(messages.format("welcome.missing", file.getFileName().toString()));
                link.setOnAction(e -> vm.forgetRecent(file));
            }
            Label folder = new Label(folderOf(file));
            folder.getStyleClass().add("recent-folder");
            folder.setWrapText(true);
            folder.setMinWidth(0);
            HBox row = new HBox(6, link, folder);
            row.setAlignment(Pos.CENTER);
            row.getStyleClass().add("recent-row");
            recentBox.getChildren().add(row);
        }
    }
}
