package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkCodecTest {
    private static final double[] ODD_TIMES = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, -1.5, 1e300,
        Double.MIN_VALUE, 0x1p62, 9_007_199_254_740_993.0, 123.456789, 0.1 + 0.2};

    @Test
    void seededRandomChunkListsComeBackIdentical() {
        Random r = new Random(8_2026_11_29L);
        int sliced = 0;
        for (int n = 0; n < 20_000; n++) {
            String answer = randomText(r, r.nextInt(200));
            String thinking = r.nextInt(3) == 0 ? null : randomText(r, r.nextInt(100));
            List<Chunk> chunks = new ArrayList<>();
            int timeKind = r.nextInt(5);
            double at = r.nextInt(1000);
            // reasoning first, as models send it, then the answer; sometimes interleaved or foreign text
            if (thinking != null && r.nextBoolean()) {
                for (String piece : VariedCompletions.pieces(r, thinking, true)) {
                    chunks.add(new Chunk(at = time(r, at, timeKind), piece, true));
                }
            }
            for (String piece : VariedCompletions.pieces(r, answer, true)) {
                chunks.add(new Chunk(at = time(r, at, timeKind), piece, false));
            }
            if (r.nextInt(10) == 0 && !chunks.isEmpty()) {
                chunks.set(r.nextInt(chunks.size()), new Chunk(at, r.nextBoolean() ? null : randomText(r, 3),
                        r.nextBoolean()));
            }
            if (r.nextInt(10) == 0) {
                java.util.Collections.shuffle(chunks, r);
            }
            String text = switch (r.nextInt(4)) {
                case 0 -> answer + randomText(r, 5); // chunks are a prefix (a partial answer, then more)
                case 1 -> randomText(r, 5) + answer; // a suffix
                case 2 -> randomText(r, 10); // something else
                default -> answer;
            };
            String reasoning = thinking == null ? null : r.nextBoolean() ? "earlier\n\n" + thinking : thinking;
            byte[] blob = ChunkCodec.encode(chunks, text, reasoning);
            assertThat(ChunkCodec.decode(blob, text, reasoning)).as("case %d", n).isEqualTo(chunks);
            if (blob != null && (blob[0] & 4) != 0) {
                sliced++;
            }
        }
        assertThat(sliced).as("answers stored as slices of the text").isGreaterThan(5_000);
    }

    @Test
    void oddTimesAndTextsComeBackIdentical() {
        List<Chunk> chunks = new ArrayList<>();
        for (double t : ODD_TIMES) {
            chunks.add(new Chunk(t, "x", false));
        }
        chunks.add(new Chunk(1, null, false));
        chunks.add(new Chunk(2, "", true));
        chunks.add(new Chunk(3, "\0nul\uD83D", false)); // NUL and a lone high surrogate
        chunks.add(new Chunk(4, "\uDE00", false)); // a lone low surrogate
        chunks.add(new Chunk(5, "日本語🙂", true));
        String text = "xxxxxxxxxxx\0nul\uD83D\uDE00";
        assertThat(ChunkCodec.decode(ChunkCodec.encode(chunks, text, "日本語🙂"), text, "日本語🙂")).isEqualTo(chunks);
        for (double t : ODD_TIMES) {
            List<Chunk> one = List.of(new Chunk(t, "a", false), new Chunk(t, "b", true));
            assertThat(ChunkCodec.decode(ChunkCodec.encode(one, "a", "b"), "a", "b")).isEqualTo(one);
        }
    }

    @Test
    void aTypicalStreamTakesAFewBytesPerChunk() {
        Random r = new Random(1);
        String text = "word ".repeat(200);
        List<Chunk> chunks = new ArrayList<>();
        long nanos = 250_000_000L;
        for (String piece : VariedCompletions.pieces(r, text, false)) {
            nanos += 5_000_000 + r.nextInt(30_000_000);
            chunks.add(new Chunk(nanos / 1e6, piece, false));
        }
        byte[] blob = ChunkCodec.encode(chunks, text, null);
        assertThat(blob[0] & 3).as("nanosecond unit").isEqualTo(2);
        assertThat(blob[0] & 4).as("answer sliced from the text").isEqualTo(4);
        assertThat((double) blob.length / chunks.size()).isLessThan(6.0);
        assertThat(ChunkCodec.decode(blob, text, null)).isEqualTo(chunks);

        List<Chunk> whole = List.of(new Chunk(120, "w0 ", false), new Chunk(170, "w1 ", false));
        byte[] small = ChunkCodec.encode(whole, "other", null);
        assertThat(small[0] & 3).as("millisecond unit").isZero();
        assertThat(small).hasSize(1 + 1 + 2 + 1 + 3 + 1 + 1 + 3);
    }

    @Test
    void noChunksIsNull() {
        assertThat(ChunkCodec.encode(List.of(), "a", null)).isNull();
        assertThat(ChunkCodec.decode(null, "a", null)).isEmpty();
    }

    @Test
    void aTextThatSqliteWouldChangeIsNotSliced() {
        String text = "ab\uD83D"; // ends with a lone surrogate: SQLite's UTF-8 TEXT would not give it back
        List<Chunk> chunks = List.of(new Chunk(1, "ab", false), new Chunk(2, "\uD83D", false));
        byte[] blob = ChunkCodec.encode(chunks, text, null);
        assertThat(blob[0] & 4).isZero();
        assertThat(ChunkCodec.decode(blob, "ab?", null)).isEqualTo(chunks);
        assertThat(ChunkCodec.survivesSqliteText("ok 🙂 日本")).isTrue();
        assertThat(ChunkCodec.survivesSqliteText("a\0b")).isFalse();
    }

    @Test
    void damagedBlobsAreRefusedWithAClearMessage() {
        String text = "hello world";
        byte[] blob = ChunkCodec.encode(List.of(new Chunk(1, "hello ", false), new Chunk(2, "world", false),
                new Chunk(3, "外", false)), text, null);
        for (int cut = 1; cut < blob.length; cut++) {
            byte[] truncated = Arrays.copyOf(blob, cut);
            assertThatThrownBy(() -> ChunkCodec.decode(truncated, text, null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("damaged chunk timings");
        }
        byte[] future = blob.clone();
        future[0] |= 0x10;
        assertThatThrownBy(() -> ChunkCodec.decode(future, text, null)).hasMessageContaining("unknown chunk format");
        byte[] sliced = ChunkCodec.encode(List.of(new Chunk(1, "hello", false)), text, null);
        assertThatThrownBy(() -> ChunkCodec.decode(sliced, "hi", null)).isInstanceOf(StoreException.class);
    }

    private static double time(Random r, double at, int kind) {
        return switch (kind) {
            case 0 -> Math.floor(at) + r.nextInt(100);
            case 1 -> Math.round(at * 1e3 + r.nextInt(100_000)) / 1e3;
            case 2 -> Math.round(at * 1e6 + r.nextInt(100_000_000)) / 1e6;
            case 3 -> r.nextInt(20) == 0 ? ODD_TIMES[r.nextInt(ODD_TIMES.length)] : at + r.nextDouble() * 50;
            default -> at - r.nextInt(100); // going back in time: deltas below zero
        };
    }

    private static String randomText(Random r, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(6)) {
                case 0 -> out.appendCodePoint(0x4E00 + r.nextInt(500)); // CJK
                case 1 -> out.appendCodePoint(0x1F600 + r.nextInt(60)); // emoji: a surrogate pair
                case 2 -> out.append((char) (0x80 + r.nextInt(0x700))); // two-byte UTF-8
                default -> out.append((char) (' ' + r.nextInt(95)));
            }
        }
        return out.toString();
    }
}
