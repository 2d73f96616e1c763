package io.sidebench.gui.annotate;

import io.sidebench.gui.core.Messages;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import io.sidebench.model.VoteOutcome;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The annotation-only window content: the package's answers one at a time (blind: "Answer N", never a model),
 * the rubric to rate them on, tags and a comment, and the pairwise votes. Everything is saved into the package
 * file as it is made; "Close package" goes back to the normal app.
 */
public final class PackageView {
    private final PackageViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();

    public PackageView(PackageViewModel vm, Messages messages, Runnable onClose) {
        this.vm = vm;
        this.messages = messages;
        root.setId("package-view");
        root.getStyleClass().add("page");
        root.setPadding(new javafx.geometry.Insets(12));
        Label title = new Label(vm.title());
        title.setId("package-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label blind = new Label(messages.get("package.blindHint"));
        blind.getStyleClass().add("page-hint");
        blind.setWrapText(true);
        Label progress = wrapped("package-progress", vm.progressProperty());
        Label status = wrapped("package-status", vm.statusProperty());
        Button close = new Button(messages.get("package.close"));
        close.setId("package-close");
        close.setOnAction(e -> {
            vm.flush();
            onClose.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, blind, progress, status);
        header.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        root.setTop(header);
        TabPane tabs = new TabPane(new Tab(messages.get("package.rateTab"), ratePane()));
        tabs.setId("package-tabs");
        if (!vm.pairs().pairs().isEmpty()) {
            tabs.getTabs().add(new Tab(messages.get("package.pairsTab"), PairPane.of(vm.pairs(), messages)));
        }
        tabs.getTabs().forEach(t -> t.setClosable(false));
        root.setCenter(tabs);
    }

    private static Label wrapped(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    static TextArea reading(String id, StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.textProperty().bind(text);
        return area;
    }

    private Node ratePane() {
        Label item = wrapped("package-item", vm.itemLabelProperty());
        item.getStyleClass().add("section-title");
        Button prev = button("package.prev", "package-prev", () -> vm.move(-1));
        Button next = button("package.next", "package-next", () -> vm.move(1));
        Button unrated = button("package.nextUnrated", "package-next-unrated", vm::nextUnrated);
        HBox nav = new HBox(8, item, prev, next, unrated);
        nav.setAlignment(Pos.CENTER_LEFT);
        SplitPane texts = new SplitPane(titled("package.prompt", reading("package-prompt", vm.promptProperty())),
                titled("package.answer", reading("package-answer", vm.answerProperty())));
        texts.setOrientation(Orientation.HORIZONTAL);
        VBox.setVgrow(texts, Priority.ALWAYS);
        VBox rubric = new VBox(6);
        rubric.setId("package-rubric");
        for (RubricDimension d : vm.rubric()) {
            rubric.getChildren().add(dimension(d));
        }
        TextField tags = new TextField();
        tags.setId("package-tags");
        tags.setPromptText(messages.get("package.tagsHint"));
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        TextArea comment = new TextArea();
        comment.setId("package-comment");
        comment.setPromptText(messages.get("package.commentHint"));
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        VBox pane = new VBox(8, nav, texts, rubric, tags, comment);
        pane.setPadding(new javafx.geometry.Insets(8));
        return pane;
    }

    /** One rubric dimension: a button per value of its scale (Pass / Fail for pass/fail), pressed again to clear. */
    private Node dimension(RubricDimension d) {
        ObjectProperty<Double> value = vm.ratingProperty(d.name());
        ToggleGroup group = new ToggleGroup();
        FlowPane buttons = new FlowPane(4, 4);
        for (int v = d.min(); v <= d.max(); v++) {
            double rating = v;
            String text = d.scale() == ScaleType.PASS_FAIL ? messages.get(v == 1 ? "package.pass" : "package.fail")
                    : String.valueOf(v);
            ToggleButton b = new ToggleButton(text);
            b.setId("rate-" + d.name() + "-" + v);
            b.setToggleGroup(group);
            b.setUserData(rating);
            b.setOnAction(e -> vm.rate(d.name(), b.isSelected() ? rating : null));
            buttons.getChildren().add(b);
        }
        Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(), value.get())));
        value.addListener((o, a, b) -> sync.run());
        sync.run();
        String scale = d.scale() == ScaleType.PASS_FAIL ? messages.get("package.passFail") : d.min() + "–" + d.max();
        Label name = new Label(d.name() + " (" + scale + ")");
        name.setMinWidth(160);
        name.setStyle("-fx-font-weight: bold;");
        HBox row = new HBox(10, name, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        if (d.description() != null && !d.description().isBlank()) {
            Label hint = new Label(d.description());
            hint.getStyleClass().add("page-hint");
            hint.setWrapText(true);
            row.getChildren().add(hint);
        }
        return row;
    }

    static VBox titled(String key, TextArea area, Messages messages) {
        Label label = new Label(messages.get(key));
        VBox.setVgrow(area, Priority.ALWAYS);
        return new VBox(4, label, area);
    }

    private VBox titled(String key, TextArea area) {
        return titled(key, area, messages);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public javafx.scene.Parent root() {
        return root;
    }

    public PackageViewModel model() {
        return vm;
    }

    /** The pairwise votes tab. */
    static final class PairPane {
        private PairPane() {
        }

        static Node of(PairVotesViewModel vm, Messages messages) {
            Label label = wrapped("pair-label", vm.labelProperty());
            label.getStyleClass().add("section-title");
            Button prev = new Button(messages.get("package.prev"));
            prev.setId("pair-prev");
            prev.setOnAction(e -> vm.move(-1));
            Button next = new Button(messages.get("package.next"));
            next.setId("pair-next");
            next.setOnAction(e -> vm.move(1));
            HBox nav = new HBox(8, label, prev, next);
            nav.setAlignment(Pos.CENTER_LEFT);
            TextArea prompt = reading("pair-prompt", vm.promptProperty());
            prompt.setPrefRowCount(4);
            SplitPane answers = new SplitPane(titled("package.left", reading("pair-left", vm.leftProperty()), messages),
                    titled("package.right", reading("pair-right", vm.rightProperty()), messages));
            VBox.setVgrow(answers, Priority.ALWAYS);
            ToggleGroup group = new ToggleGroup();
            HBox votes = new HBox(8);
            for (VoteOutcome o : VoteOutcome.values()) {
                ToggleButton b = new ToggleButton(messages.get("package.vote." + o.name().toLowerCase(java.util.Locale.ROOT)));
                b.setId("pair-vote-" + o.name().toLowerCase(java.util.Locale.ROOT));
                b.setToggleGroup(group);
                b.setUserData(o);
                b.setOnAction(e -> vm.vote(o));
                votes.getChildren().add(b);
            }
            Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.voteProperty().get()));
            vm.voteProperty().addListener((o, a, b) -> sync.run());
            sync.run();
            VBox pane = new VBox(8, nav, prompt, answers, votes);
            pane.setPadding(new javafx.geometry.Insets(8));
            return pane;
        }
    }
}
