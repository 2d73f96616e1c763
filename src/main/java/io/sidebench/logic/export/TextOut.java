package io.sidebench.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Appends report text straight to a {@link Writer}, so a report is written piece by piece and never
 * built as one string. Failures surface as {@link UncheckedIOException} (usable inside lambdas);
 * {@link #run} turns them back into {@link IOException}.
 */
final class TextOut {
    private final Writer out;

    TextOut(Writer out) {
        this.out = out;
    }

    TextOut append(String text) {
        try {
            out.write(text == null ? "null" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TextOut append(CharSequence text) {
        return append(text == null ? null : text.toString());
    }

    TextOut append(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TextOut append(long number) {
        return append(Long.toString(number));
    }

    interface Body {
        void write(TextOut out);
    }

    /** Writes with {@code body}, then flushes; I/O failures come out as the IOException they were. */
    static void run(Writer writer, Body body) throws IOException {
        try {
            body.write(new TextOut(writer));
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
