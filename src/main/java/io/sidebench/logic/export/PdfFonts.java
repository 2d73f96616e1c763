package io.sidebench.logic.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import io.sidebench.logic.fonts.AppFonts;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of PDF reports, both embedded (as subsets): Liberation Sans (shipped inside OpenPDF) for
 * Latin text and Droid Sans Fallback (shipped with Sidebench, Apache-2.0) for Chinese, Japanese and
 * Korean, picked character by character, so the PDF prints the same on any machine. Both are the
 * fonts of {@link AppFonts}, the one font decision shared with the app and the charts.
 */
final class PdfFonts {
    static final String LATIN = AppFonts.LATIN_RESOURCE;
    static final String CJK = AppFonts.CJK_RESOURCE;

    private final BaseFont latin;
    private final BaseFont cjk;

    PdfFonts() {
        this.latin = load(LATIN, "LiberationSans-Regular.ttf");
        this.cjk = load(CJK, "DroidSansFallbackFull.ttf");
    }

    private static BaseFont load(String resource, String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, AppFonts.bytes(resource), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Text in the given size and style, each character in the first font that has it (Latin, then
     * CJK); characters neither has are drawn as '?' rather than silently dropped.
     */
    Phrase phrase(String text, float size, int style, Color color) {
        Font latinFont = new Font(latin, size, style, color);
        Font cjkFont = new Font(cjk, size, style, color);
        Phrase phrase = new Phrase(size * 1.3f);
        phrase.setFont(latinFont);
        String safe = TextSafety.xmlSafe(text == null ? "" : text);
        StringBuilder run = new StringBuilder();
        Font current = latinFont;
        for (int i = 0; i < safe.length(); ) {
            int cp = safe.codePointAt(i);
            i += Character.charCount(cp);
            Font wanted;
            String piece = new String(Character.toChars(cp));
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ') {
                wanted = current;
                piece = cp == '\t' ? "    " : piece;
            } else if (latin.charExists(cp)) {
                wanted = latinFont;
            } else if (cjk.charExists(cp)) {
                wanted = cjkFont;
            } else {
                wanted = latinFont;
                piece = "?";
            }
            if (wanted != current && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), current));
                run.setLength(0);
            }
            current = wanted;
            run.append(piece);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), current));
        }
        return phrase;
    }

    Phrase phrase(String text, float size) {
        return phrase(text, size, Font.NORMAL, Color.BLACK);
    }
}
