package io.sidebench.logic.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Script detection and tokenisation that is correct for Chinese and Japanese.
 *
 * <p>Han, Hiragana and Katakana characters are tokens of their own (the per-character convention of
 * sacrebleu's {@code zh} tokenizer and of character-based ROUGE for Chinese); no segmenter is used, so no
 * CJK text is ever dropped. Other letters, digits and combining marks form words between separators
 * (Korean Hangul is spaced like Latin text and is tokenised as words). Thai, Lao, Khmer and Burmese,
 * which do not use spaces either, are not segmented.
 */
public final class TextUnits {
    private TextUnits() {
    }

    /** True for Han (including CJK extensions and compatibility ideographs), Hiragana and Katakana. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** True when most letters of the text are Chinese or Japanese characters. */
    public static boolean isMainlyCjk(String text) {
        if (text == null) {
            return false;
        }
        int letters = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return cjk > 0 && cjk * 2 >= letters;
    }

    /**
     * ROUGE tokens: lower-cased words and single CJK characters; punctuation and symbols are dropped
     * (as rouge-score does, but without dropping non-ASCII letters).
     */
    public static List<String> words(String text) {
        return tokens(text, true, false);
    }

    /**
     * BLEU tokens: case kept, every punctuation mark or symbol a token of its own (like sacrebleu's 13a),
     * CJK characters one token each (like sacrebleu's zh tokenizer).
     */
    public static List<String> bleuTokens(String text) {
        return tokens(text, false, true);
    }

    /** The text without any whitespace, as chrF reads it by default. */
    public static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text as an array of code points, so surrogate pairs count as one character. */
    public static int[] codePoints(String text) {
        return text.codePoints().toArray();
    }

    private static List<String> tokens(String text, boolean lowerCase, boolean keepPunctuation) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String source = lowerCase ? text.toLowerCase(Locale.ROOT) : text;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
            } else if (isWordPart(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
                if (keepPunctuation && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && !Character.isISOControl(cp)) {
                    out.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, out);
        return out;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
