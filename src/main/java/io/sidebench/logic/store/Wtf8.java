package io.sidebench.logic.store;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 that also carries lone surrogates (WTF-8): every Java string, even a streamed piece that ends in the
 * first half of a surrogate pair, comes back exactly. Well-formed text is plain UTF-8.
 */
final class Wtf8 {
    private Wtf8() {
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int cp = ch;
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(ch, s.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >>> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >>> 12);
                out.write(0x80 | cp >>> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >>> 18);
                out.write(0x80 | cp >>> 12 & 0x3F);
                out.write(0x80 | cp >>> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes, int from, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = from + length;
        int i = from;
        while (i < end) {
            int b = bytes[i++] & 0xFF;
            int extra;
            int cp;
            if (b < 0x80) {
                out.append((char) b);
                continue;
            } else if (b >= 0xF0) {
                extra = 3;
                cp = b & 0x07;
            } else if (b >= 0xE0) {
                extra = 2;
                cp = b & 0x0F;
            } else if (b >= 0xC0) {
                extra = 1;
                cp = b & 0x1F;
            } else {
                throw new IllegalArgumentException("bad text byte");
            }
            if (i + extra > end) {
                throw new IllegalArgumentException("truncated text");
            }
            for (int k = 0; k < extra; k++) {
                int next = bytes[i++] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw new IllegalArgumentException("bad text byte");
                }
                cp = cp << 6 | next & 0x3F;
            }
            if (cp > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("bad code point");
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
