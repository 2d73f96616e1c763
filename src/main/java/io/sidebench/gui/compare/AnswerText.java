package io.sidebench.gui.compare;

import io.sidebench.logic.diff.WordDiff;
import io.sidebench.logic.diff.WordDiff.Op;
import io.sidebench.logic.diff.WordDiff.Segment;
import io.sidebench.logic.fonts.AppFonts;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders model output readably: fenced code blocks in a monospaced font, Markdown headings and bold
 * lines emphasised; or one side of a word diff with deletions/insertions highlighted. Very long outputs
 * are cut for display (the full text stays in the store and the exports).
 */
public final class AnswerText {
    /** Characters shown of one answer. */
    public static final int MAX_SHOWN = 20_000;

    private AnswerText() {
    }

    public static TextFlow plain(String text) {
        TextFlow flow = flow();
        String shown = cut(text);
        boolean code = false;
        for (String line : shown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                code = !code;
                flow.getChildren().add(text(line + "\n", "code", "code-fence"));
                continue;
            }
            if (code) {
                addCodeLine(flow, line + "\n");
            } else if (line.startsWith("#")) {
                flow.getChildren().add(text(line.replaceFirst("^#+\\s*", "") + "\n", "md-heading"));
            } else {
                flow.getChildren().add(text(line + "\n"));
            }
        }
        addCutNote(flow, text);
        return flow;
    }

    /** One side of a diff: {@code first} shows the first text with its deletions, else the second with insertions. */
    public static TextFlow diffSide(List<Segment> segments, boolean first, String original) {
        TextFlow flow = flow();
        int shown = 0;
        for (Segment s : segments) {
            if (shown > MAX_SHOWN) {
                break;
            }
            if (s.op() == Op.EQUAL) {
                flow.getChildren().add(text(s.text()));
            } else if (first && s.op() == Op.DELETE) {
                flow.getChildren().add(text(s.text(), "diff-del"));
            } else if (!first && s.op() == Op.INSERT) {
                flow.getChildren().add(text(s.text(), "diff-ins"));
            } else {
                continue;
            }
            shown += s.text().length();
        }
        addCutNote(flow, original);
        return flow;
    }

    /** The diff of two answers, or {@code null} when one is missing. */
    public static List<Segment> diff(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        return WordDiff.diff(cut(a), cut(b));
    }

    private static TextFlow flow() {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("answer-text");
        return flow;
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) : text;
    }

    private static void addCutNote(TextFlow flow, String text) {
        if (text != null && text.length() > MAX_SHOWN) {
            flow.getChildren().add(text("\n[\u2026 " + (text.length() - MAX_SHOWN) + " more characters]", "answer-meta"));
        }
    }

    /**
     * A line of code in the monospaced font, its Chinese/Japanese/Korean runs in the bundled CJK font
     * (style class {@code code-cjk}): monospaced fonts have no CJK glyphs and JavaFX would fall back to a
     * system font, which a machine may not have.
     */
    private static void addCodeLine(TextFlow flow, String line) {
        int start = 0;
        boolean cjk = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean isCjk = AppFonts.isCjk(cp);
            if (isCjk != cjk && i > start) {
                flow.getChildren().add(cjk ? text(line.substring(start, i), "code", "code-cjk")
                        : text(line.substring(start, i), "code"));
                start = i;
            }
            cjk = isCjk;
            i += Character.charCount(cp);
        }
        if (start < line.length()) {
            flow.getChildren().add(cjk ? text(line.substring(start), "code", "code-cjk")
                    : text(line.substring(start), "code"));
        }
    }

    private static Text text(String value, String... styles) {
        Text t = new Text(value);
        t.getStyleClass().addAll(styles);
        return t;
    }
}
