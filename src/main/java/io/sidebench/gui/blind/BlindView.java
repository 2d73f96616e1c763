package io.sidebench.gui.blind;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.Completion;
import io.sidebench.model.VoteOutcome;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Blind pairwise voting: keys A / B / T (tie) / X (both bad), arrows to move; names shown after the vote. */
public final class BlindView {
    private final BlindViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final Label progress = new Label();
    private final Label prompt = new Label();
    private final VBox left = new VBox(6);
    private final VBox right = new VBox(6);

    public BlindView(BlindViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("blind-screen");
        root.getStyleClass().add("page");
        root.setPadding(new Insets(14));
        root.setFocusTraversable(true);
        progress.setId("blind-progress");
        prompt.setId("blind-prompt");
        prompt.setWrapText(true);
        javafx.scene.control.CheckBox hide = new javafx.scene.control.CheckBox(messages.get("blind.hideVoted"));
        hide.setId("blind-hide-voted");
        hide.setFocusTraversable(false);
        hide.setTooltip(new javafx.scene.control.Tooltip(messages.get("blind.hideVotedTip")));
        hide.selectedProperty().bindBidirectional(vm.hideVotedProperty());
        hide.setOnAction(e -> root.requestFocus());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, progress, gap, hide);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox promptBox = new VBox(4, top, prompt);
        promptBox.getStyleClass().add("prompt-box");
        left.setId("blind-left");
        right.setId("blind-right");
        HBox sides = new HBox(12, side(left), side(right));
        VBox.setVgrow(sides, Priority.ALWAYS);
        Label status = new Label();
        status.setId("blind-status");
        status.getStyleClass().add("shortcut-hint");
        status.textProperty().bind(vm.statusProperty());
        root.getChildren().addAll(promptBox, sides, buttons(), status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnMouseClicked(e -> root.requestFocus());
        vm.shownProperty().addListener((o, old, now) -> refresh());
        vm.revealedProperty().addListener((o, old, now) -> refresh());
        vm.outcomeProperty().addListener((o, old, now) -> refresh());
        vm.indexProperty().addListener((o, old, now) -> refresh());
        vm.totalProperty().addListener((o, old, now) -> refresh());
        vm.leftNameProperty().addListener((o, old, now) -> refresh());
        vm.rightNameProperty().addListener((o, old, now) -> refresh());
        vm.votedCountProperty().addListener((o, old, now) -> refresh());
        vm.plannedProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    private Node side(VBox box) {
        box.getStyleClass().add("blind-side");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        scroll.setMaxWidth(Double.MAX_VALUE);
        scroll.setPrefWidth(600);
        return scroll;
    }

    private Node buttons() {
        HBox row = new HBox(8,
                vote("blind.voteA", "vote-a", VoteOutcome.LEFT),
                vote("blind.voteB", "vote-b", VoteOutcome.RIGHT),
                vote("blind.tie", "vote-tie", VoteOutcome.TIE),
                vote("blind.bothBad", "vote-both-bad", VoteOutcome.BOTH_BAD),
                nav("blind.previous", "blind-previous", vm::previous),
                nav("blind.next", "blind-next", vm::next));
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Button vote(String key, String id, VoteOutcome outcome) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("vote-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            vm.vote(outcome);
            root.requestFocus();
        });
        b.disableProperty().bind(vm.revealedProperty().or(vm.shownProperty().isNull()));
        return b;
    }

    private Button nav(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            root.requestFocus();
        });
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case A -> vm.vote(VoteOutcome.LEFT);
            case B -> vm.vote(VoteOutcome.RIGHT);
            case T -> vm.vote(VoteOutcome.TIE);
            case X -> vm.vote(VoteOutcome.BOTH_BAD);
            case RIGHT, DOWN, ENTER -> vm.next();
            case LEFT, UP -> vm.previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void refresh() {
        int total = vm.totalProperty().get();
        int planned = vm.plannedProperty().get();
        progress.setText(planned == 0 ? messages.get("blind.nothing")
                : total == 0 ? messages.format("blind.allVoted", vm.votedCountProperty().get(), planned)
                : messages.format("blind.progress", vm.indexProperty().get() + 1, total, vm.votedCountProperty().get(),
                        vm.plannedProperty().get()));
        BlindViewModel.Shown shown = vm.shownProperty().get();
        prompt.setText(shown == null ? "" : shown.prompt().firstUserText());
        fill(left, vm.leftNameProperty().get(), shown == null ? null : shown.left(), VoteOutcome.LEFT);
        fill(right, vm.rightNameProperty().get(), shown == null ? null : shown.right(), VoteOutcome.RIGHT);
    }

    private void fill(VBox box, String name, Completion completion, VoteOutcome winsWith) {
        box.getChildren().clear();
        box.getStyleClass().remove("winner");
        if (vm.outcomeProperty().get() == winsWith) {
            box.getStyleClass().add("winner");
        }
        Label title = new Label(name);
        title.getStyleClass().add(vm.revealedProperty().get() ? "blind-reveal" : "blind-label");
        title.setId(box.getId() + "-name");
        box.getChildren().add(title);
        if (completion != null) {
            TextFlow text = new TextFlow(new Text(completion.text() == null ? "" : completion.text()));
            text.getStyleClass().add("answer-text");
            box.getChildren().add(text);
        }
    }

    public Node root() {
        return root;
    }
}
