package io.sidebench.gui.core;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Defect 15: the placeholder text of text fields and areas is readable in both themes (contrast 3:1 or more). */
@ExtendWith(ApplicationExtension.class)
class ThemePlaceholderFxTest {
    private Scene scene;
    private TextField field;
    private TextArea area;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setPromptText("Search prompts");
        area = new TextArea();
        area.setPromptText("Notes");
        VBox box = new VBox(new javafx.scene.control.Button("focus"), field, area);
        scene = new Scene(box, 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void placeholdersContrastWithTheirBackgroundInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                scene.getStylesheets().setAll(theme.stylesheets());
                scene.getRoot().getChildrenUnmodifiable().get(0).requestFocus();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            for (var input : new javafx.scene.control.TextInputControl[] {field, area}) {
                Color prompt = (Color) promptNode(input).getFill();
                Color background = surface(theme);
                assertThat(contrast(prompt, background)).as("%s %s placeholder %s on %s", theme, input.getClass()
                        .getSimpleName(), prompt, background).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    private Text promptNode(javafx.scene.control.TextInputControl input) {
        return input.lookupAll(".text").stream().filter(n -> n instanceof Text t && input.getPromptText().equals(t.getText()))
                .map(Text.class::cast).findFirst().orElseThrow();
    }

    /** The palette's -sb-surface, the inner background of text inputs. */
    private static Color surface(Theme theme) {
        return theme == Theme.DARK ? Color.web("#1f232b") : Color.web("#ffffff");
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
