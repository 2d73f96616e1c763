package io.sidebench.logic.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static String readAll(byte[] bytes, long max) throws IOException {
        StringWriter out = new StringWriter();
        try (StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes), max)) {
            r.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void dropsBomAndKeepsCjkAndEmojiAcrossBufferBoundaries() throws IOException {
        String text = "日本語 中文 한국어 🙂🌸 ".repeat(5000);
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes, Long.MAX_VALUE)).isEqualTo(text);
    }

    @Test
    void invalidByteIsReportedAtItsLineAndColumn() {
        byte[] bytes = "ab\ncdé\nxy\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(bytes, Long.MAX_VALUE)).isInstanceOfSatisfying(TextInputException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.reason()).isEqualTo("invalid UTF-8 byte 0xE9; save the file as UTF-8");
        });
    }

    @Test
    void invalidByteFarIntoALargeFileIsStillPlacedExactly() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            s.append("line ").append(i).append(" ✓\n");
        }
        byte[] head = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = 'o';
        bytes[head.length + 1] = 'k';
        bytes[head.length + 2] = (byte) 0xC0;
        bytes[head.length + 3] = (byte) 0x80;
        assertThatThrownBy(() -> readAll(bytes, Long.MAX_VALUE)).isInstanceOfSatisfying(TextInputException.class, e -> {
            assertThat(e.line()).isEqualTo(40_001);
            assertThat(e.column()).isEqualTo(3);
        });
    }

    @Test
    void truncatedCharacterAtTheEnd() {
        byte[] bytes = {'a', (byte) 0xE6, (byte) 0x97};
        assertThatThrownBy(() -> readAll(bytes, Long.MAX_VALUE)).isInstanceOfSatisfying(TextInputException.class,
                e -> assertThat(e.reason()).contains("ends inside a UTF-8 character"));
    }

    @Test
    void overlongLineFailsWithoutReadingTheRest() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> {
            try (StrictUtf8Reader r = new StrictUtf8Reader(endless, 1_000_000)) {
                r.transferTo(java.io.Writer.nullWriter());
            }
        }).isInstanceOfSatisfying(TextInputException.class, e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("line is longer than 1000000 characters");
        });
        assertThat(served[0]).isLessThan(1_100_000);
    }
}
