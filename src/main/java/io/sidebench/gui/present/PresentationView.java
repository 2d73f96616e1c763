package io.sidebench.gui.present;

import io.sidebench.gui.core.Messages;
import io.sidebench.gui.race.RaceView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode: one slide at a time in large type, full screen. Right, Space and Page Down go to the
 * next slide, Left and Page Up to the previous one, Esc leaves. The race slide replays its answers each
 * time it is shown.
 */
public final class PresentationView {
    private final PresentationViewModel vm;
    private final SlideRenderer renderer;
    private final Runnable onExit;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label position = new Label();
    private final RaceView race;

    public PresentationView(PresentationViewModel vm, Messages messages, Runnable onExit) {
        this.vm = vm;
        this.renderer = new SlideRenderer(messages);
        this.onExit = onExit;
        this.race = new RaceView(vm.race(), messages, this::previous);
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        title.getStyleClass().add("slide-title");
        title.setWrapText(true);
        position.setId("slide-position");
        position.getStyleClass().add("slide-position");
        Label hint = new Label(messages.get("present.keys"));
        hint.getStyleClass().add("slide-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(hint, gap, position);
        footer.getStyleClass().add("slide-footer");
        root.setTop(title);
        root.setBottom(footer);
        Label loading = new Label();
        loading.getStyleClass().add("slide-line");
        loading.textProperty().bind(vm.statusProperty());
        root.setCenter(loading);
        vm.deckProperty().addListener((o, a, deck) -> {
            if (deck != null) {
                position.textProperty().bind(deck.positionText());
                deck.indexProperty().addListener((x, y, z) -> show());
                show();
            }
        });
    }

    private void show() {
        SlideDeck deck = vm.deckProperty().get();
        Slide slide = deck.current();
        title.setText(slide.title());
        Node body = renderer.body(slide, vm.report(), vm.figures(), vm.charts(), race.root());
        VBox holder = new VBox(body);
        holder.setId(slide.id());
        holder.getStyleClass().add("slide-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setCenter(new io.sidebench.gui.core.FitPane(holder)); // scaled down, never cut, on a small screen
        if (slide.kind() == SlideKind.RACE) {
            race.play();
        }
    }

    private void previous() {
        SlideDeck deck = vm.deckProperty().get();
        if (deck != null) {
            deck.previous();
        }
    }

    /** Handles the presentation keys; other keys pass through. */
    public void handle(KeyEvent e) {
        SlideDeck deck = vm.deckProperty().get();
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            onExit.run();
        } else if (deck != null && (code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN)) {
            deck.next();
        } else if (deck != null && (code == KeyCode.LEFT || code == KeyCode.PAGE_UP)) {
            deck.previous();
        } else {
            return;
        }
        e.consume();
    }

    public BorderPane root() {
        return root;
    }

    /**
     * Opens the presentation of the deck {@code vm} is loading in a full-screen window over {@code owner}
     * with the app's stylesheets; closes it with Esc.
     */
    public static Stage open(Window owner, PresentationViewModel vm, Messages messages, List<String> stylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        PresentationView view = new PresentationView(vm, messages, stage::close);
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, view::handle);
        stage.setScene(scene);
        stage.setTitle(messages.get("report.presentTitle"));
        // cover the owner's screen even where full screen is not granted (no window manager)
        javafx.geometry.Rectangle2D bounds = (owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary())).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.show();
        return stage;
    }
}
