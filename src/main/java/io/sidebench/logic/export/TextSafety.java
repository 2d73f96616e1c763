package io.sidebench.logic.export;

/**
 * Makes untrusted text (model output, prompts, names) safe for the file formats we write.
 */
public final class TextSafety {
    /** The replacement shown for characters a format cannot carry. */
    public static final char REPLACEMENT = '\uFFFD';

    private TextSafety() {
    }

    /**
     * True when a spreadsheet would treat the cell as a formula (or DDE command): it starts with
     * {@code = + - @}, a tab or a carriage return.
     */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Prefixes formula-like text with an apostrophe so spreadsheets show it as text (OWASP advice). */
    public static String neutraliseFormula(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * Replaces characters XML 1.0 (and therefore XLSX, HTML and most viewers) cannot carry — NUL and
     * other C0 controls except tab, line feed and carriage return, U+FFFE/U+FFFF and unpaired
     * surrogates — with U+FFFD.
     */
    public static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Cuts text to at most {@code max} characters, saying how much was left out. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String note = " […truncated: " + (text.length()) + " characters in full; see the JSONL export]";
        int keep = Math.max(0, max - note.length());
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + note;
    }
}
