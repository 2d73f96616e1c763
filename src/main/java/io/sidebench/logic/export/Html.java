package io.sidebench.logic.export;

/** Escaping for text placed in HTML element content and quoted attribute values. */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} and replaces characters HTML cannot carry; {@code null} becomes "". */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        String safe = TextSafety.xmlSafe(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
