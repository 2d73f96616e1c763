package io.sidebench.logic.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word-level diff of two texts: a shortest edit script over tokens, by Myers' O(ND) algorithm
 * (java-diff-utils), so long answers that differ in a few places diff exactly and fast. Texts are split
 * into words, runs of whitespace and single punctuation marks; each CJK character is its own token, since
 * those scripts do not separate words with spaces. The common prefix and suffix are matched first.
 */
public final class WordDiff {
    /** What happened to a piece of text going from the first text to the second. */
    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of tokens with one operation. */
    public record Segment(Op op, String text) {
    }

    private WordDiff() {
    }

    /** The edit script from {@code a} to {@code b}: EQUAL and DELETE segments rebuild a, EQUAL and INSERT rebuild b. */
    public static List<Segment> diff(String a, String b) {
        List<String> x = tokenize(a == null ? "" : a);
        List<String> y = tokenize(b == null ? "" : b);
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && x.get(prefix).equals(y.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && x.get(x.size() - 1 - suffix).equals(y.get(y.size() - 1 - suffix))) {
            suffix++;
        }
        Builder out = new Builder();
        for (int i = 0; i < prefix; i++) {
            out.add(Op.EQUAL, x.get(i));
        }
        List<String> xm = x.subList(prefix, x.size() - suffix);
        List<String> ym = y.subList(prefix, y.size() - suffix);
        if (xm.isEmpty() || ym.isEmpty()) {
            xm.forEach(t -> out.add(Op.DELETE, t));
            ym.forEach(t -> out.add(Op.INSERT, t));
        } else {
            myers(xm, ym, out);
        }
        for (int i = x.size() - suffix; i < x.size(); i++) {
            out.add(Op.EQUAL, x.get(i));
        }
        return out.segments();
    }

    /** The middles, by Myers' O(ND) algorithm in linear space (java-diff-utils); deltas come in source order. */
    private static void myers(List<String> x, List<String> y, Builder out) {
        Patch<String> patch = DiffUtils.diff(x, y, new MyersDiffWithLinearSpace<String>(), null, false);
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Chunk<String> source = delta.getSource();
            while (at < source.getPosition()) {
                out.add(Op.EQUAL, x.get(at++));
            }
            source.getLines().forEach(t -> out.add(Op.DELETE, t));
            delta.getTarget().getLines().forEach(t -> out.add(Op.INSERT, t));
            at = source.getPosition() + source.size();
        }
        while (at < x.size()) {
            out.add(Op.EQUAL, x.get(at++));
        }
    }

    /** Splits text into words, whitespace runs, single punctuation marks and single CJK characters. */
    public static List<String> tokenize(String text) {
        if (text.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Character.isWhitespace(cp)) {
                while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (isWordChar(cp) && !isCjk(cp)) {
                while (i < text.length()) {
                    int c = text.codePointAt(i);
                    if (!isWordChar(c) || isCjk(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
            } else {
                i += Character.charCount(cp);
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '\'';
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Rebuilds one side: {@code first} true gives the first text, false the second. */
    public static String side(List<Segment> segments, boolean first) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (s.op() == Op.EQUAL || (first ? s.op() == Op.DELETE : s.op() == Op.INSERT)) {
                out.append(s.text());
            }
        }
        return out.toString();
    }

    /** Share of tokens the two texts have in common (2 * LCS / total), 1.0 for two empty texts. */
    public static double similarity(List<Segment> segments) {
        long equal = 0;
        long other = 0;
        for (Segment s : segments) {
            long tokens = tokenize(s.text()).size();
            if (s.op() == Op.EQUAL) {
                equal += tokens;
            } else {
                other += tokens;
            }
        }
        long total = 2 * equal + other;
        return total == 0 ? 1.0 : 2.0 * equal / total;
    }

    /**
     * Joins consecutive tokens with the same operation; between two equal runs the removed text comes first,
     * then the added text (however the algorithm interleaved them).
     */
    private static final class Builder {
        private final List<Segment> done = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void add(Op op, String token) {
            switch (op) {
                case EQUAL -> {
                    flushChanges();
                    equal.append(token);
                }
                case DELETE -> {
                    flushEqual();
                    deleted.append(token);
                }
                case INSERT -> {
                    flushEqual();
                    inserted.append(token);
                }
            }
        }

        private void flushEqual() {
            if (!equal.isEmpty()) {
                done.add(new Segment(Op.EQUAL, equal.toString()));
                equal.setLength(0);
            }
        }

        private void flushChanges() {
            if (!deleted.isEmpty()) {
                done.add(new Segment(Op.DELETE, deleted.toString()));
                deleted.setLength(0);
            }
            if (!inserted.isEmpty()) {
                done.add(new Segment(Op.INSERT, inserted.toString()));
                inserted.setLength(0);
            }
        }

        List<Segment> segments() {
            flushEqual();
            flushChanges();
            return List.copyOf(done);
        }
    }
}
