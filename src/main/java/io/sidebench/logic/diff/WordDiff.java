package io.sidebench.logic.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word-level diff of two texts by longest common subsequence. Texts are split into words, runs of
 * whitespace and single punctuation marks; each CJK character is its own token, since those scripts do
 * not separate words with spaces. The common prefix and suffix are matched first; a middle too large for
 * the LCS table is reported as replaced wholesale.
 */
public final class WordDiff {
    /** What happened to a piece of text going from the first text to the second. */
    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of tokens with one operation. */
    public record Segment(Op op, String text) {
    }

    /** Largest LCS table (tokens of the first middle times tokens of the second) worked out exactly. */
    public static final long MAX_CELLS = 4_000_000L;

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
        if ((long) xm.size() * ym.size() > MAX_CELLS) {
            xm.forEach(t -> out.add(Op.DELETE, t));
            ym.forEach(t -> out.add(Op.INSERT, t));
        } else {
            lcs(xm, ym, out);
        }
        for (int i = x.size() - suffix; i < x.size(); i++) {
            out.add(Op.EQUAL, x.get(i));
        }
        return out.segments();
    }

    private static void lcs(List<String> x, List<String> y, Builder out) {
        int n = x.size();
        int m = y.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = x.get(i).equals(y.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (x.get(i).equals(y.get(j))) {
                out.add(Op.EQUAL, x.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                out.add(Op.DELETE, x.get(i++));
            } else {
                out.add(Op.INSERT, y.get(j++));
            }
        }
        while (i < n) {
            out.add(Op.DELETE, x.get(i++));
        }
        while (j < m) {
            out.add(Op.INSERT, y.get(j++));
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

    /** Joins consecutive tokens with the same operation. */
    private static final class Builder {
        private final List<Op> ops = new ArrayList<>();
        private final List<StringBuilder> texts = new ArrayList<>();

        void add(Op op, String token) {
            if (!ops.isEmpty() && ops.get(ops.size() - 1) == op) {
                texts.get(texts.size() - 1).append(token);
            } else {
                ops.add(op);
                texts.add(new StringBuilder(token));
            }
        }

        List<Segment> segments() {
            List<Segment> out = new ArrayList<>(ops.size());
            for (int i = 0; i < ops.size(); i++) {
                out.add(new Segment(ops.get(i), texts.get(i).toString()));
            }
            return out;
        }
    }
}
