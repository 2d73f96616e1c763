package io.sidebench.logic.providers.baseline;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences (line breaks end sentences too), for English and CJK punctuation alike. */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                splitCjk(line.substring(start, end), out);
            }
        }
        return out;
    }

    /** BreakIterator keeps CJK sentences without spaces together; cut after 。！？ as well. */
    private static void splitCjk(String piece, List<String> out) {
        int from = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                add(piece.substring(from, i + 1), out);
                from = i + 1;
            }
        }
        add(piece.substring(from), out);
    }

    private static void add(String sentence, List<String> out) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            out.add(trimmed);
        }
    }
}
