package io.sidebench.logic.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (an invalid byte is an error, never a replacement character), drops a leading
 * byte-order mark, tracks the line and column of what it has handed out, and refuses lines longer than a
 * limit before they can fill the heap. Errors are {@link TextInputException}s carrying the position.
 */
final class StrictUtf8Reader extends Reader {
    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final long maxLineChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean inputDone;
    private boolean flushed;
    private boolean started;
    private String pendingError;
    private long line = 1;
    private long column;
    private long lineChars;

    /**
     * @param maxLineChars longest line accepted, in characters; {@code Long.MAX_VALUE} for no limit
     */
    StrictUtf8Reader(InputStream in, long maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
        bytes.flip();
        chars.flip();
    }

    /** Line of the next character to be read (1-based). */
    long line() {
        return line;
    }

    /** Column of the last character read on the current line (code points, 1-based; 0 at line start). */
    long column() {
        return column;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                line++;
                column = 0;
                lineChars = 0;
            } else {
                if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                if (++lineChars > maxLineChars) {
                    throw new TextInputException(line, 0, "line is longer than " + describe(maxLineChars)
                            + " characters; split the text or check the file is really a prompt file");
                }
            }
        }
        return n;
    }

    /** Decodes the next chunk; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pendingError != null) {
            throw new TextInputException(line, column + 1, pendingError);
        }
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed && pendingError == null) {
                if (!bytes.hasRemaining() && !inputDone) {
                    readBytes();
                }
                CoderResult result = decoder.decode(bytes, chars, inputDone);
                if (result.isError()) {
                    pendingError = describeError(result);
                } else if (result.isUnderflow() && inputDone) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow()) {
                    readBytes();
                }
            }
        } finally {
            chars.flip();
        }
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        if (chars.hasRemaining()) {
            return true;
        }
        if (pendingError != null) {
            throw new TextInputException(line, column + 1, pendingError);
        }
        return !flushed && fill();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private String describeError(CoderResult result) {
        int at = bytes.position();
        int b = bytes.limit() > at ? bytes.get(at) & 0xff : -1;
        if (inputDone && result.length() >= bytes.remaining() && b >= 0xC2 && b <= 0xF4) {
            return "the file ends inside a UTF-8 character (truncated file?)";
        }
        return b < 0 ? "invalid UTF-8" : String.format("invalid UTF-8 byte 0x%02X; save the file as UTF-8", b);
    }

    private static String describe(long n) {
        return n >= 1024 * 1024 && n % (1024 * 1024) == 0 ? (n / (1024 * 1024)) + " Mi" : String.valueOf(n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
