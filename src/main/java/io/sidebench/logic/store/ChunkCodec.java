package io.sidebench.logic.store;

import io.sidebench.model.Chunk;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact form of a completion's chunk timings (schema version 2, column {@code completion.chunks}); see
 * docs/storage.md. Lossless: {@link #decode} gives back a list equal to the one encoded, for any chunks.
 *
 * <pre>
 * byte 0      bits 0-1 time unit: 0 ms, 1 us, 2 ns (integers, deltas) or 3 raw IEEE-754 doubles
 *             bit 2    answer chunks are consecutive slices of the completion's text, from offset A
 *             bit 3    reasoning chunks are consecutive slices of its reasoning, from offset R
 *             bits 4-7 0 (format revision)
 * varint      number of chunks
 * varint A    when bit 2;  varint R when bit 3
 * per chunk   time: zigzag varint of (t - previous t) in the unit (first from 0), or 8 bytes big-endian
 *             varint length &lt;&lt; 2 | (text is null ? 2 : 0) | (reasoning ? 1 : 0)
 *             sliced stream: nothing more (length counts UTF-16 units); else length bytes of WTF-8 text
 * </pre>
 * A stream is sliced only when its source string survives SQLite's UTF-8 TEXT round trip unchanged (no lone
 * surrogate, no NUL); otherwise its chunk text is written out (WTF-8 keeps even a lone surrogate).
 */
final class ChunkCodec {
    private static final double[] SCALES = {1.0, 1e3, 1e6};
    private static final int RAW = 3;
    private static final int ANSWER_SLICED = 4;
    private static final int REASONING_SLICED = 8;

    private ChunkCodec() {
    }

    /** The blob for {@code chunks} of a completion with this text and reasoning; null for no chunks. */
    static byte[] encode(List<Chunk> chunks, String text, String reasoning) {
        if (chunks == null || chunks.isEmpty()) {
            return null;
        }
        int unit = timeUnit(chunks);
        int answerFrom = sliceOffset(chunks, false, text);
        int reasoningFrom = sliceOffset(chunks, true, reasoning);
        int header = unit | (answerFrom >= 0 ? ANSWER_SLICED : 0) | (reasoningFrom >= 0 ? REASONING_SLICED : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + chunks.size() * 6);
        out.write(header);
        writeVarint(out, chunks.size());
        if (answerFrom >= 0) {
            writeVarint(out, answerFrom);
        }
        if (reasoningFrom >= 0) {
            writeVarint(out, reasoningFrom);
        }
        long previous = 0;
        for (Chunk c : chunks) {
            if (unit == RAW) {
                long bits = Double.doubleToRawLongBits(c.atMs());
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) (bits >>> shift));
                }
            } else {
                long t = Math.round(c.atMs() * SCALES[unit]);
                writeVarint(out, zigzag(t - previous));
                previous = t;
            }
            boolean sliced = c.reasoning() ? reasoningFrom >= 0 : answerFrom >= 0;
            int flags = (c.text() == null ? 2 : 0) | (c.reasoning() ? 1 : 0);
            if (c.text() == null) {
                writeVarint(out, flags);
            } else if (sliced) {
                writeVarint(out, ((long) c.text().length() << 2) | flags);
            } else {
                byte[] bytes = Wtf8.encode(c.text());
                writeVarint(out, ((long) bytes.length << 2) | flags);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }

    /** The chunks of {@code blob} (null: none), slicing text and reasoning where the blob says so. */
    static List<Chunk> decode(byte[] blob, String text, String reasoning) {
        if (blob == null || blob.length == 0) {
            return List.of();
        }
        try {
            Reader in = new Reader(blob);
            int header = in.next();
            if ((header & 0xF0) != 0) {
                throw new IllegalArgumentException("unknown chunk format " + (header >>> 4));
            }
            int unit = header & 3;
            int count = Math.toIntExact(in.varint());
            int answerAt = (header & ANSWER_SLICED) != 0 ? Math.toIntExact(in.varint()) : -1;
            int reasoningAt = (header & REASONING_SLICED) != 0 ? Math.toIntExact(in.varint()) : -1;
            List<Chunk> out = new ArrayList<>(Math.min(count, blob.length));
            long previous = 0;
            for (int i = 0; i < count; i++) {
                double at;
                if (unit == RAW) {
                    long bits = 0;
                    for (int b = 0; b < 8; b++) {
                        bits = (bits << 8) | in.next();
                    }
                    at = Double.longBitsToDouble(bits);
                } else {
                    previous += unzigzag(in.varint());
                    at = previous / SCALES[unit];
                }
                long head = in.varint();
                boolean reasoningChunk = (head & 1) != 0;
                int length = Math.toIntExact(head >>> 2);
                String piece = null;
                if ((head & 2) == 0) {
                    if (reasoningChunk && reasoningAt >= 0) {
                        piece = reasoning.substring(reasoningAt, reasoningAt + length);
                        reasoningAt += length;
                    } else if (!reasoningChunk && answerAt >= 0) {
                        piece = text.substring(answerAt, answerAt + length);
                        answerAt += length;
                    } else {
                        piece = Wtf8.decode(blob, in.skip(length), length);
                    }
                }
                out.add(new Chunk(at, piece, reasoningChunk));
            }
            if (in.position != blob.length) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return out;
        } catch (RuntimeException e) {
            throw new StoreException("damaged chunk timings in the project (" + e.getMessage() + ")", e);
        }
    }

    /** The coarsest unit in which every time is an integer that divides back to the very same double. */
    private static int timeUnit(List<Chunk> chunks) {
        for (int unit = 0; unit < SCALES.length; unit++) {
            boolean exact = true;
            for (Chunk c : chunks) {
                double scaled = c.atMs() * SCALES[unit];
                if (!(Math.abs(scaled) < 0x1p62)) {
                    exact = false;
                    break;
                }
                long t = Math.round(scaled);
                if (Double.doubleToRawLongBits(t / SCALES[unit]) != Double.doubleToRawLongBits(c.atMs())) {
                    exact = false;
                    break;
                }
            }
            if (exact) {
                return unit;
            }
        }
        return RAW;
    }

    /**
     * Where in {@code source} the texts of one stream's chunks, joined, begin (its start or its end, as a
     * multi-turn answer's reasoning ends with the last turn's); -1 when they must be written out.
     */
    private static int sliceOffset(List<Chunk> chunks, boolean reasoning, String source) {
        if (source == null || !survivesSqliteText(source)) {
            return -1;
        }
        StringBuilder joined = new StringBuilder();
        boolean any = false;
        for (Chunk c : chunks) {
            if (c.reasoning() == reasoning && c.text() != null) {
                joined.append(c.text());
                any = true;
            }
        }
        if (!any || joined.length() == 0) {
            return -1;
        }
        String all = joined.toString();
        if (source.startsWith(all)) {
            return 0;
        }
        return source.endsWith(all) ? source.length() - all.length() : -1;
    }

    /** True when SQLite hands this string back unchanged: well-formed UTF-16 without NUL. */
    static boolean survivesSqliteText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 0) {
                return false;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Reads bytes and varints from a blob, refusing to run past its end. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            if (position >= bytes.length) {
                throw new IllegalArgumentException("truncated");
            }
            return bytes[position++] & 0xFF;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        /** Skips {@code n} bytes; returns where they began. */
        int skip(int n) {
            if (n < 0 || n > bytes.length - position) {
                throw new IllegalArgumentException("truncated");
            }
            int at = position;
            position += n;
            return at;
        }
    }
}
