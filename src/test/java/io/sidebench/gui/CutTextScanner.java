package io.sidebench.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full in a laid-out scene: every shown {@link Labeled} (labels, buttons,
 * check boxes, toggles, menu buttons, hyperlinks, combo and choice box buttons, table column headers) whose
 * rendered text was elided ("Set na…"), or which lies partly outside the window; scroll panes whose
 * content is wider than their view (cut at the right until scrolled sideways); and tables or lists still
 * showing JavaFX's own "No content" placeholder. The cells of small fixed tables and lists (the leaderboard,
 * the set list, the rubric) are checked too; the rows of the tables of free text ({@link #SHORTENED}: the
 * comparison grid, the prompt previews) are left out, a long prompt there is shortened on purpose.
 */
final class CutTextScanner {
    /** Tables whose cells hold free text, shortened on purpose to one line. */
    static final java.util.Set<String> SHORTENED = java.util.Set.of("compare-grid", "prompt-table", "import-preview");

    /**
     * Scroll panes meant to scroll sideways: the compare screen's answer cards, one per model side by side,
     * each kept readable at its minimum width, scroll when more models than fit are compared.
     */
    static final java.util.Set<String> SIDEWAYS = java.util.Set.of("answers");

    private CutTextScanner() {
    }

    /** One line per problem, each starting with {@code where}. */
    static List<String> scan(Scene scene, String where) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, where, false, problems);
        return problems;
    }

    private static void walk(Node node, Scene scene, String where, boolean scrollable, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof VirtualFlow<?> && (node.getParent() == null || SHORTENED.contains(String.valueOf(node.getParent().getId())))) {
            return;
        }
        if ((node instanceof TableView<?> table && !"compare-grid".equals(table.getId()) && table.getPlaceholder() == null)
                || (node instanceof ListView<?> list && list.getPlaceholder() == null && !"list-view".equals(list.getId()))) {
            problems.add(where + ": " + describe(node) + " has JavaFX's default \"No content\" placeholder");
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null && !scrollable
                && !SIDEWAYS.contains(String.valueOf(scroll.getId()))) {
            // content wider than its viewport: whatever sits at the right (a model card on a slide) is cut
            // until the user scrolls sideways, which nobody does on a slide or a form
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double viewport = scroll.getViewportBounds().getWidth();
            if (viewport > 0 && content > viewport + 1) {
                problems.add(where + ": " + describe(scroll) + " content " + Math.round(content)
                        + " px wide scrolls sideways in a " + Math.round(viewport) + " px view");
            }
        }
        if (node instanceof Labeled labeled) {
            check(labeled, scene, where, scrollable, problems);
        }
        // what a scroll pane or a table holds can be scrolled into view: not cut when it reaches past the window
        boolean inScroll = scrollable || node instanceof ScrollPane || node instanceof TableView<?>;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, where, inScroll, problems);
            }
        }
    }

    private static void check(Labeled labeled, Scene scene, String where, boolean scrollable, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(Text.class::cast)
                .findFirst().orElse(null);
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        String displayed = labeled.isMnemonicParsing() ? shown.getText().replace("_", "") : shown.getText();
        if (!displayed.equals(expected)) {
            problems.add(where + ": " + describe(labeled) + " \"" + oneLine(text) + "\" shown as \"" + oneLine(shown.getText())
                    + "\" (width " + Math.round(labeled.getWidth()) + ")");
            return;
        }
        if (!scrollable) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1 || b.getMinX() < -1) {
                problems.add(where + ": " + describe(labeled) + " \"" + oneLine(text) + "\" lies outside the window (x "
                        + Math.round(b.getMinX()) + "–" + Math.round(b.getMaxX()) + ", y " + Math.round(b.getMinY()) + "–"
                        + Math.round(b.getMaxY()) + ")");
            }
        }
    }

    private static String describe(Node node) {
        String type = node.getClass().getSimpleName();
        StringBuilder path = new StringBuilder(type.isEmpty() ? node.getClass().getSuperclass().getSimpleName() : type);
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null && !"virtual-flow".equals(n.getId())) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        return path.toString();
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
