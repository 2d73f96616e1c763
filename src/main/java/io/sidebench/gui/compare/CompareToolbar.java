package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Run choice, repeat, filters (category, tag, score, text) and the switch to blind pairwise mode. */
final class CompareToolbar {
    private final CompareViewModel vm;
    private final Messages messages;
    private final javafx.scene.layout.FlowPane root = new javafx.scene.layout.FlowPane();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<String> scorer = new ComboBox<>();
    private final TextField maxScore = new TextField();
    private final TextField search = new TextField();

    /**
     * @param onDisagreements called with true to show the list of most disagreed answers, false to hide it
     */
    CompareToolbar(CompareViewModel vm, Messages messages, Consumer<Boolean> onBlind,
                   Consumer<Boolean> onDisagreements) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("toolbar-row");
        ChoiceBox<Run> run = new ChoiceBox<>(vm.runs());
        run.setId("run-choice");
        run.setConverter(new StringConverter<>() {
            @Override
            public String toString(Run r) {
                return io.sidebench.gui.run.RunLabels.of(messages, r);
            }

            @Override
            public Run fromString(String s) {
                return null;
            }
        });
        vm.runProperty().addListener((o, old, now) -> run.setValue(now));
        vm.runs().addListener((ListChangeListener<Run>) c -> run.setValue(vm.runProperty().get()));
        run.setOnAction(e -> {
            Run chosen = run.getValue();
            if (chosen != null && (vm.runProperty().get() == null || vm.runProperty().get().id() != chosen.id())) {
                vm.openRun(chosen);
            }
        });
        ChoiceBox<Integer> repeat = new ChoiceBox<>();
        repeat.setId("repeat-choice");
        repeat.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : repeatLabel(messages, i);
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        vm.runProperty().addListener((o, old, now) -> {
            List<Integer> reps = new ArrayList<>();
            for (int i = 0; now != null && i < now.repeats(); i++) {
                reps.add(i);
            }
            repeat.getItems().setAll(reps);
            repeat.setValue(0);
            repeat.setVisible(reps.size() > 1);
            repeat.setManaged(reps.size() > 1);
        });
        repeat.setTooltip(new javafx.scene.control.Tooltip(messages.get("compare.repeatTip")));
        repeat.setVisible(false);
        repeat.setManaged(false);
        repeat.valueProperty().addListener((o, old, now) -> vm.repeatProperty().set(now == null ? 0 : now));

        withAll(category, vm.categories(), "compare.allCategories", "filter-category");
        withAll(tag, vm.tags(), "compare.allTags", "filter-tag");
        withAll(scorer, vm.scorers(), "compare.anyScore", "filter-scorer");
        maxScore.setPromptText(messages.get("compare.maxScore"));
        maxScore.setPrefColumnCount(5);
        maxScore.setId("filter-max-score");
        search.setPromptText(messages.get("compare.search"));
        search.setId("filter-text");
        category.setOnAction(e -> apply());
        tag.setOnAction(e -> apply());
        scorer.setOnAction(e -> apply());
        maxScore.setOnAction(e -> apply());
        search.textProperty().addListener((o, old, now) -> apply());

        ToggleButton blind = new ToggleButton(messages.get("compare.blindMode"));
        blind.setId("blind-toggle");
        blind.setOnAction(e -> onBlind.accept(blind.isSelected()));
        ToggleButton disagree = new ToggleButton(messages.get("compare.disagreements"));
        disagree.setId("disagreements-toggle");
        disagree.setTooltip(new javafx.scene.control.Tooltip(messages.get("compare.disagreementsTip")));
        disagree.setOnAction(e -> onDisagreements.accept(disagree.isSelected()));
        vm.repeatProperty().addListener((o, old, now) -> {
            if (repeat.getItems().contains(now.intValue()) && !java.util.Objects.equals(repeat.getValue(), now.intValue())) {
                repeat.setValue(now.intValue());
            }
        });
        // a row that wraps when the window is narrow, so no choice or button is cut
        root.getChildren().addAll(io.sidebench.gui.core.Layouts.pair(new Label(messages.get("compare.run")), run), repeat,
                category, tag, scorer, maxScore, search, blind, disagree);
        root.setHgap(8);
        root.setVgap(6);
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().forEach(io.sidebench.gui.core.Layouts::whole);
    }

    /** A repeat as the GUI names it: numbered from 0, like the {@code repeat} column of every export. */
    static String repeatLabel(Messages messages, int repeat) {
        return messages.format("compare.repeat", repeat);
    }

    private void withAll(ComboBox<String> box, ObservableList<String> values, String allKey, String id) {
        box.setId(id);
        box.setPromptText(messages.get(allKey));
        Runnable fill = () -> {
            String keep = box.getValue();
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(keep != null && items.contains(keep) ? keep : null);
        };
        values.addListener((ListChangeListener<String>) c -> fill.run());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? messages.get(allKey) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        fill.run();
    }

    private void apply() {
        Double max = null;
        try {
            String text = maxScore.getText() == null ? "" : maxScore.getText().strip();
            max = text.isEmpty() ? null : Double.valueOf(text.replace(',', '.'));
            maxScore.getStyleClass().remove("invalid");
        } catch (NumberFormatException ex) {
            maxScore.getStyleClass().add("invalid");
        }
        vm.setFilter(new GridFilter(category.getValue(), tag.getValue(), scorer.getValue(), max, search.getText()));
    }

    Node root() {
        return root;
    }
}
