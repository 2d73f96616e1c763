package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.shell.Screen;
import io.sidebench.logic.diff.WordDiff.Segment;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Turn;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Compare & annotate: the grid on top, the selected prompt's answers side by side below (with a word diff
 * between any two), the annotation panel at the bottom. Keys: digits rate, T tag, C comment, arrows move.
 */
public final class CompareView implements Screen {
    private final CompareViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final GridTable grid;
    private final VBox promptBox = new VBox(4);
    private final HBox cards = new HBox(10);
    private final AnnotationPanel annotationPanel;
    private final ChoiceBox<Integer> diffA = new ChoiceBox<>();
    private final ChoiceBox<Integer> diffB = new ChoiceBox<>();
    private final BorderPane gridMode = new BorderPane();
    private final Node blindMode;
    private final RaceLauncher race;
    /** Set while the diff boxes follow the ViewModel, so their changes are not taken for the user's choice. */
    private boolean syncingDiff;
    /** Set when T or C moved the focus into a text field, so the letter is not typed into it. */
    private boolean swallowTyped;

    public CompareView(CompareViewModel vm, DisagreementsViewModel disagreements, Messages messages, Node blindMode,
                       Runnable onBlindShown, RaceLauncher race) {
        this.vm = vm;
        this.messages = messages;
        this.blindMode = blindMode;
        this.race = race;
        this.grid = new GridTable(vm, messages);
        this.annotationPanel = new AnnotationPanel(vm.annotation(), messages);
        DisagreementsPane disagreementsPane = new DisagreementsPane(disagreements, messages);
        root.setId("compare-screen");
        CompareToolbar toolbar = new CompareToolbar(vm, messages, blind -> {
            root.setCenter(blind ? blindMode : gridMode);
            if (blind) {
                onBlindShown.run();
                blindMode.requestFocus();
            } else {
                grid.table().requestFocus();
            }
        }, shown -> {
            root.setRight(shown ? disagreementsPane : null);
            if (shown) {
                disagreements.load();
            }
        });
        root.setTop(toolbar.root());
        SplitPane split = new SplitPane(grid.table(), detailPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        gridMode.setCenter(split);
        gridMode.setBottom(annotationPanel);
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("shortcut-hint");
        status.textProperty().bind(vm.statusProperty());
        gridMode.setTop(status);
        root.setCenter(gridMode);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        vm.detailProperty().addListener((o, old, now) -> showDetail());
        vm.selectedModelProperty().addListener((o, old, now) -> showDetail());
        vm.diffLeftProperty().addListener((o, old, now) -> showDetail());
        vm.diffRightProperty().addListener((o, old, now) -> showDetail());
        vm.retryingProperty().addListener((o, old, now) -> showDetail());
        vm.diffLeftProperty().addListener((o, old, now) -> syncDiff(() -> diffA.setValue(now.intValue())));
        vm.diffRightProperty().addListener((o, old, now) -> syncDiff(() -> diffB.setValue(now.intValue())));
    }

    private Node detailPane() {
        promptBox.getStyleClass().add("prompt-box");
        promptBox.setId("prompt-box");
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i < 0 || i >= vm.models().size() ? messages.get("compare.diffNone")
                        : vm.models().get(i).displayName();
            }

            @Override
            public Integer fromString(String s) {
                return -1;
            }
        };
        diffA.setId("diff-a");
        diffB.setId("diff-b");
        diffA.setConverter(names);
        diffB.setConverter(names);
        vm.models().addListener((javafx.collections.ListChangeListener<ModelConfig>) c -> fillDiffChoices());
        diffA.setOnAction(e -> chooseDiff());
        diffB.setOnAction(e -> chooseDiff());
        Label del = new Label(messages.get("compare.legendDel"));
        del.getStyleClass().add("diff-legend-del");
        Label ins = new Label(messages.get("compare.legendIns"));
        ins.getStyleClass().add("diff-legend-ins");
        javafx.scene.control.Button replay = new javafx.scene.control.Button(messages.get("race.open"));
        replay.setId("race-open");
        replay.setFocusTraversable(false);
        replay.disableProperty().bind(vm.detailProperty().isNull());
        replay.setOnAction(e -> openRace());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox diffRow = new HBox(8, new Label(messages.get("compare.diff")), diffA, new Label(messages.get("compare.vs")),
                diffB, del, ins, gap, replay);
        diffRow.setAlignment(Pos.CENTER_LEFT);
        cards.setFillHeight(true);
        ScrollPane cardScroll = new ScrollPane(cards);
        cardScroll.setFitToHeight(false);
        cardScroll.setId("answers");
        cards.prefWidthProperty().bind(cardScroll.widthProperty().subtract(20));
        VBox.setVgrow(cardScroll, Priority.ALWAYS);
        VBox detail = new VBox(8, promptBox, diffRow, cardScroll);
        detail.setId("detail");
        detail.getStyleClass().add("page");
        return detail;
    }

    /** The user picked a side of the diff in one of the boxes. */
    private void chooseDiff() {
        if (syncingDiff) {
            return;
        }
        Integer a = diffA.getValue();
        Integer b = diffB.getValue();
        int left = a == null ? -1 : a;
        int right = b == null ? -1 : b;
        if (left != vm.diffLeftProperty().get() || right != vm.diffRightProperty().get()) {
            vm.chooseDiff(left, right);
        }
    }

    private void fillDiffChoices() {
        List<Integer> indexes = new java.util.ArrayList<>();
        indexes.add(-1);
        for (int i = 0; i < vm.models().size(); i++) {
            indexes.add(i);
        }
        syncDiff(() -> {
            diffA.getItems().setAll(indexes);
            diffB.getItems().setAll(indexes);
            diffA.setValue(vm.diffLeftProperty().get());
            diffB.setValue(vm.diffRightProperty().get());
        });
    }

    private void syncDiff(Runnable change) {
        syncingDiff = true;
        try {
            change.run();
        } finally {
            syncingDiff = false;
        }
    }

    private void showDetail() {
        PromptDetail d = vm.detailProperty().get();
        promptBox.getChildren().clear();
        cards.getChildren().clear();
        if (d == null) {
            promptBox.getChildren().add(new Label(messages.get("compare.selectCell")));
            return;
        }
        Prompt p = d.prompt();
        Label heading = new Label(messages.format("compare.promptHeading", p.key(), p.category() == null ? "" : p.category()));
        heading.getStyleClass().add("answer-title");
        promptBox.getChildren().add(heading);
        for (Turn turn : p.turns()) {
            Label user = new Label(turn.user());
            user.setWrapText(true);
            user.setId("prompt-text");
            promptBox.getChildren().add(user);
            if (turn.hasReference()) {
                Label ref = new Label(messages.format("compare.reference", turn.reference()));
                ref.setWrapText(true);
                ref.getStyleClass().add("answer-meta");
                promptBox.getChildren().add(ref);
            }
        }
        int a = vm.diffLeftProperty().get();
        int b = vm.diffRightProperty().get();
        List<Segment> diff = null;
        if (a >= 0 && b >= 0 && a != b && a < vm.models().size() && b < vm.models().size()) {
            Completion ca = d.completion(vm.models().get(a).id());
            Completion cb = d.completion(vm.models().get(b).id());
            diff = AnswerText.diff(ca == null ? null : ca.text(), cb == null ? null : cb.text());
        }
        for (int i = 0; i < vm.models().size(); i++) {
            ModelConfig model = vm.models().get(i);
            Boolean side = diff == null ? null : i == a ? Boolean.TRUE : i == b ? Boolean.FALSE : null;
            int index = i;
            long promptId = p.id();
            AnswerCard card = new AnswerCard(messages, model, d.completion(model.id()), diff, side,
                    i == vm.selectedModelProperty().get(), () -> vm.retry(promptId, model.id()),
                    vm.canRetry() && !vm.retryingProperty().get(), vm.speedMarkProperty().get());
            card.setOnMouseClicked(e -> vm.select(vm.selectedRowProperty().get(), index));
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
    }

    /** Replays the selected prompt's answers as a race, in place of the grid. */
    private void openRace() {
        PromptDetail d = vm.detailProperty().get();
        if (d == null) {
            return;
        }
        java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (ModelConfig model : vm.models()) {
            Completion c = d.completion(model.id());
            if (c != null && c.isOk()) {
                ids.put(model.displayName(), c.id());
            }
        }
        String title = d.prompt().firstUserText();
        if (vm.runProperty().get() != null && vm.runProperty().get().repeats() > 1) {
            title = messages.format("race.titleRepeat", title, vm.repeatProperty().get());
        }
        Node view = race.open(title, ids, () -> root.setCenter(gridMode));
        root.setCenter(view);
    }

    /** Opens a race replay of some answers and returns its view; {@code onBack} returns to the grid. */
    @FunctionalInterface
    public interface RaceLauncher {
        Node open(String title, java.util.Map<String, Long> completionIdsByModel, Runnable onBack);
    }

    private void onKey(KeyEvent e) {
        if (root.getCenter() != gridMode) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (typing) {
            if (e.getCode() == KeyCode.ESCAPE) {
                grid.table().requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            vm.annotation().rateDigit(digit(code));
        } else if (code == KeyCode.T) {
            swallowTyped = true;
            annotationPanel.tagInput().requestFocus();
        } else if (code == KeyCode.C) {
            swallowTyped = true;
            annotationPanel.commentInput().requestFocus();
        } else if (code == KeyCode.UP) {
            vm.move(-1, 0);
        } else if (code == KeyCode.DOWN) {
            vm.move(1, 0);
        } else if (code == KeyCode.LEFT) {
            vm.move(0, -1);
        } else if (code == KeyCode.RIGHT) {
            vm.move(0, 1);
        } else if (code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) {
            vm.annotation().clearCurrent();
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return name.charAt(name.length() - 1) - '0';
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activated() {
        vm.load();
        grid.table().requestFocus();
    }

    /** A comment typed but not yet confirmed with Enter is saved too (annotations are otherwise saved at once). */
    @Override
    public String saveEdits() {
        String typed = annotationPanel.commentInput().getText();
        String saved = vm.annotation().commentProperty().get();
        if (typed != null && !typed.strip().equals(saved == null ? "" : saved)) {
            vm.annotation().setComment(typed);
        }
        return "";
    }
}
