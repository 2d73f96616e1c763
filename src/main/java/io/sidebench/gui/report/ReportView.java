package io.sidebench.gui.report;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.FileDialogs;
import io.sidebench.gui.shell.Screen;
import io.sidebench.model.Run;
import java.util.function.BiConsumer;
import javafx.stage.Window;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The report step: choose a run, export it in any format (the file chooser asks where), or present it. */
public final class ReportView implements Screen {
    private final ReportViewModel vm;
    private final VBox root = new VBox(16);

    /**
     * @param present opens presentation mode for the chosen run over the given window
     */
    public ReportView(ReportViewModel vm, Messages messages, FileDialogs dialogs, BiConsumer<Window, Run> present) {
        this.vm = vm;
        root.setId("report");
        root.getStyleClass().addAll("page", "report-page");
        Label title = new Label(messages.get("report.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.get("report.hint"));
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        ComboBox<Run> runs = new ComboBox<>(vm.runs());
        runs.setId("report-run");
        runs.setConverter(new StringConverter<>() {
            @Override
            public String toString(Run r) {
                return io.sidebench.gui.run.RunLabels.of(messages, r);
            }

            @Override
            public Run fromString(String s) {
                return null;
            }
        });
        runs.valueProperty().bindBidirectional(vm.runProperty());
        HBox runRow = new HBox(8, new Label(messages.get("analyse.run")), runs);
        runRow.setAlignment(Pos.CENTER_LEFT);

        FlowPane buttons = new FlowPane(10, 10);
        for (String format : ReportViewModel.FORMATS) {
            Button b = new Button(messages.get("report.format." + format));
            b.setId("report-export-" + format);
            b.getStyleClass().add("export-button");
            b.disableProperty().bind(vm.busyProperty().or(vm.runProperty().isNull()));
            b.setOnAction(e -> dialogs.chooseExportTarget(root.getScene().getWindow(), format)
                    .ifPresent(target -> vm.export(format, target)));
            buttons.getChildren().add(b);
        }
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.failedProperty().addListener((o, a, failed) -> {
            status.getStyleClass().removeAll("page-status", "page-error");
            status.getStyleClass().add(failed ? "page-error" : "page-status");
        });
        status.getStyleClass().add("page-status");
        Button open = new Button(messages.get("report.open"));
        open.setId("report-open");
        open.setOnAction(e -> vm.openLast());
        Button folder = new Button(messages.get("report.showInFolder"));
        folder.setId("report-show-folder");
        folder.setOnAction(e -> vm.showLastInFolder());
        HBox afterExport = new HBox(8, open, folder);
        afterExport.setId("report-after-export");
        afterExport.setAlignment(Pos.CENTER_LEFT);
        afterExport.visibleProperty().bind(vm.lastWrittenProperty().isNotNull());
        afterExport.managedProperty().bind(afterExport.visibleProperty());
        CheckBox allAnswers = new CheckBox(messages.get("report.allAnswers"));
        allAnswers.setId("report-all-answers");
        allAnswers.setWrapText(true);
        allAnswers.selectedProperty().bindBidirectional(vm.allAnswersProperty());

        Label presentTitle = new Label(messages.get("report.presentTitle"));
        presentTitle.getStyleClass().add("section-title");
        Label presentHint = new Label(messages.get("report.presentHint"));
        presentHint.getStyleClass().add("page-hint");
        presentHint.setWrapText(true);
        Button presentButton = new Button(messages.get("report.present"));
        presentButton.setId("report-present");
        presentButton.getStyleClass().add("accent");
        presentButton.disableProperty().bind(vm.runProperty().isNull());
        presentButton.setOnAction(e -> present.accept(root.getScene().getWindow(), vm.runProperty().get()));

        Label exportTitle = new Label(messages.get("report.exportTitle"));
        exportTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(title, hint, runRow, exportTitle, buttons, allAnswers, status, afterExport,
                presentTitle, presentHint, presentButton);
        root.setMaxWidth(900);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
    }
}
