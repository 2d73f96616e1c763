package io.sidebench.gui.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.compare.AnswerText;
import io.sidebench.logic.fonts.AppFonts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, defect 1: Chinese rendered as empty boxes on a machine without a CJK system font. With the
 * bundled font loaded and named by the theme, two different Chinese characters render as two different
 * glyphs, neither of them the missing-glyph box (drawn for a code point no font has). Runs on machines
 * with and without fonts-noto-cjk; the CI machine has none.
 */
@ExtendWith(ApplicationExtension.class)
class FxFontsFxTest {
    /** A private-use code point of plane 16: no font has a glyph for it, so it draws the missing-glyph box. */
    private static final String NO_GLYPH = new String(Character.toChars(0x10FFFD));

    private HBox box;

    @Start
    void start(Stage stage) {
        box = new HBox(8);
        Scene scene = new Scene(box, 600, 200);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void chineseCharactersRenderAsGlyphsNotBoxes() throws Exception {
        List<int[]> shots = snapshots("\u4e2d", "\u6587", NO_GLYPH, "A", "\u3042");
        int[] zhong = shots.get(0);
        int[] wen = shots.get(1);
        int[] box = shots.get(2);
        int[] latin = shots.get(3);
        int[] hiragana = shots.get(4);
        assertThat(inked(zhong)).as("中 draws something").isGreaterThan(10);
        assertThat(Arrays.equals(zhong, wen)).as("中 and 文 render the same pixels").isFalse();
        assertThat(Arrays.equals(zhong, box)).as("中 renders as the missing-glyph box").isFalse();
        assertThat(Arrays.equals(wen, box)).as("文 renders as the missing-glyph box").isFalse();
        assertThat(Arrays.equals(hiragana, box)).as("Japanese あ renders as the missing-glyph box").isFalse();
        assertThat(Arrays.equals(latin, box)).as("Latin A renders as the missing-glyph box").isFalse();
    }

    @Test
    void theThemeNamesTheBundledFont() throws Exception {
        assertThat(FxFonts.ensureLoaded()).isTrue();
        String family = WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label("\u4e2d\u6587 text");
            box.getChildren().add(label);
            label.applyCss();
            return label.getFont().getFamily();
        }).get(20, TimeUnit.SECONDS);
        assertThat(family).isEqualTo(AppFonts.CJK_FAMILY);
    }

    @Test
    void chineseInCodeBlocksUsesTheBundledFontAndTheRestStaysMonospaced() throws Exception {
        List<String> fonts = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow flow = AnswerText.plain("```\nprint(\"\u4f60\u597d\")\n```");
            box.getChildren().add(flow);
            flow.applyCss();
            List<String> out = new ArrayList<>();
            for (var node : flow.getChildren()) {
                Text text = (Text) node;
                out.add(text.getText().strip() + "=" + text.getFont().getFamily());
            }
            return out;
        }).get(20, TimeUnit.SECONDS);
        assertThat(fonts).contains("\u4f60\u597d=" + AppFonts.CJK_FAMILY);
        assertThat(fonts).filteredOn(f -> f.startsWith("print(")).singleElement().asString()
                .doesNotContain(AppFonts.CJK_FAMILY);
    }

    /** Snapshots of labels with each text, same size each (the pixels of a fixed 40×30 area). */
    private List<int[]> snapshots(String... texts) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<int[]> out = new ArrayList<>();
            for (String text : texts) {
                Label label = new Label(text);
                label.setMinSize(40, 30);
                label.setPrefSize(40, 30);
                label.setMaxSize(40, 30);
                box.getChildren().add(label);
                label.applyCss();
                label.layout();
                WritableImage image = label.snapshot(null, new WritableImage(40, 30));
                PixelReader reader = image.getPixelReader();
                int[] pixels = new int[40 * 30];
                for (int y = 0; y < 30; y++) {
                    for (int x = 0; x < 40; x++) {
                        pixels[y * 40 + x] = reader.getArgb(x, y);
                    }
                }
                out.add(pixels);
            }
            return out;
        }).get(20, TimeUnit.SECONDS);
    }

    private static long inked(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xff) < 128).count();
    }
}
