package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Rubric ratings, tags and comment of the selected answer; mirrors an {@link AnnotationViewModel}. */
final class AnnotationPanel extends VBox {
    private final AnnotationViewModel vm;
    private final Messages messages;
    private final VBox dimensions = new VBox(4);
    private final FlowPane tagChips = new FlowPane(4, 4);
    private final TextField tagInput = new TextField();
    private final TextField commentInput = new TextField();
    private final List<HBox> rows = new ArrayList<>();

    AnnotationPanel(AnnotationViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("annotation-panel");
        setId("annotation-panel");
        TextField annotator = new TextField();
        annotator.setId("annotator");
        annotator.setPrefColumnCount(12);
        annotator.setText(vm.annotatorProperty().get());
        annotator.setOnAction(e -> vm.annotatorProperty().set(annotator.getText()));
        annotator.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.annotatorProperty().set(annotator.getText());
            }
        });
        Label status = new Label();
        status.setId("annotation-status");
        status.getStyleClass().add("shortcut-hint");
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(messages.get("annotate.shortcuts"));
        hint.getStyleClass().add("shortcut-hint");
        io.sidebench.gui.core.Layouts.wrapping(hint);
        io.sidebench.gui.core.Layouts.wrapping(status);
        HBox head = new HBox(8, io.sidebench.gui.core.Layouts.whole(new Label(messages.get("annotate.annotator"))), annotator, hint, status);
        head.setAlignment(Pos.CENTER_LEFT);

        tagInput.setId("tag-input");
        tagInput.setPromptText(messages.get("annotate.tagPrompt"));
        tagInput.setOnAction(e -> {
            vm.addTags(tagInput.getText());
            tagInput.clear();
            getParent().requestFocus();
        });
        commentInput.setId("comment-input");
        commentInput.setPromptText(messages.get("annotate.commentPrompt"));
        HBox.setHgrow(commentInput, Priority.ALWAYS);
        commentInput.setOnAction(e -> {
            vm.setComment(commentInput.getText());
            getParent().requestFocus();
        });
        vm.commentProperty().addListener((o, old, now) -> commentInput.setText(now));
        HBox tagsRow = new HBox(8, io.sidebench.gui.core.Layouts.whole(new Label(messages.get("annotate.tags"))), tagChips, tagInput,
                io.sidebench.gui.core.Layouts.whole(new Label(messages.get("annotate.comment"))), commentInput);
        tagsRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, dimensions, tagsRow);

        vm.rubric().addListener((ListChangeListener<RubricDimension>) c -> buildRows());
        vm.ratings().addListener((MapChangeListener<String, Double>) c -> refresh());
        vm.currentDimensionProperty().addListener((o, old, now) -> refresh());
        vm.tags().addListener((ListChangeListener<String>) c -> fillTags());
        disableProperty().bind(vm.activeProperty().not());
        buildRows();
        fillTags();
    }

    TextField tagInput() {
        return tagInput;
    }

    TextField commentInput() {
        return commentInput;
    }

    private void buildRows() {
        dimensions.getChildren().clear();
        rows.clear();
        if (vm.rubric().isEmpty()) {
            Label none = new Label(messages.get("annotate.noRubric"));
            none.getStyleClass().add("shortcut-hint");
            dimensions.getChildren().add(none);
            return;
        }
        for (int i = 0; i < vm.rubric().size(); i++) {
            RubricDimension dim = vm.rubric().get(i);
            int index = i;
            Label name = new Label(dim.name());
            name.getStyleClass().add("dimension-name");
            name.setMinWidth(120);
            name.setOnMouseClicked(e -> vm.selectDimension(index));
            HBox row = new HBox(4, name);
            row.getStyleClass().add("rating-row");
            for (int v = dim.min(); v <= dim.max(); v++) {
                String label = dim.scale() == ScaleType.PASS_FAIL
                        ? messages.get(v == 1 ? "annotate.pass" : "annotate.fail") + " (" + v + ")" : String.valueOf(v);
                ToggleButton b = new ToggleButton(label);
                b.getStyleClass().add("rating-button");
                b.setId("rate-" + i + "-" + v);
                b.setUserData(v);
                b.setFocusTraversable(false);
                int value = v;
                b.setOnAction(e -> {
                    vm.selectDimension(index);
                    vm.rate(dim, value);
                    refresh();
                });
                row.getChildren().add(b);
            }
            rows.add(row);
            dimensions.getChildren().add(row);
        }
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < rows.size() && i < vm.rubric().size(); i++) {
            HBox row = rows.get(i);
            Double rating = vm.ratings().get(vm.rubric().get(i).name());
            row.getStyleClass().remove("current-dimension");
            if (i == vm.currentDimensionProperty().get()) {
                row.getStyleClass().add("current-dimension");
            }
            row.getChildren().stream().filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n)
                    .forEach(b -> b.setSelected(rating != null && rating.intValue() == (int) b.getUserData()));
        }
    }

    private void fillTags() {
        tagChips.getChildren().clear();
        for (String tag : vm.tags()) {
            Button chip = new Button(tag + " \u00D7");
            chip.getStyleClass().add("tag-chip");
            chip.setFocusTraversable(false);
            chip.setOnAction(e -> vm.removeTag(tag));
            tagChips.getChildren().add(chip);
        }
    }
}
