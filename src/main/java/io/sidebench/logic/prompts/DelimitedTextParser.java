package io.sidebench.logic.prompts;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (CSV, or TSV with a tab delimiter) one at a time: quoted fields may hold
 * delimiters, doubled quotes and line breaks. A bare quote inside an unquoted field is taken literally
 * (as spreadsheets do); an unterminated quote or text after a closing quote is an error with its position.
 */
final class DelimitedTextParser {
    /** A record and the line it starts on. */
    record Row(long line, List<String> fields) {
    }

    private static final int MAX_FIELDS = 10_000;

    private final Reader reader;
    private final char delimiter;
    private final String file;
    private final int maxFieldChars;
    private final char[] buf = new char[16 * 1024];
    private int pos;
    private int lim;
    private long nextLine = 1;
    private long nextCol = 1;
    private long curLine;
    private long curCol;

    DelimitedTextParser(Reader reader, char delimiter, String file, int maxFieldChars) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.file = file;
        this.maxFieldChars = maxFieldChars;
    }

    /** The next non-blank record, or {@code null} at the end of the input. */
    Row next() throws ImportException, IOException {
        while (true) {
            if (peek() < 0) {
                return null;
            }
            long start = nextLine;
            List<String> fields = readRecord();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            return new Row(start, fields);
        }
    }

    /** The line after the last record read, for errors about the end of the file. */
    long line() {
        return nextLine;
    }

    private List<String> readRecord() throws ImportException, IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (true) {
            sb.setLength(0);
            int c = read();
            boolean quoted = c == '"';
            if (quoted) {
                c = readQuoted(sb);
            } else {
                while (c >= 0 && c != delimiter && c != '\n') {
                    if (c == '\r' && peek() == '\n') {
                        c = read();
                        break;
                    }
                    append(sb, (char) c, curLine);
                    c = read();
                }
            }
            fields.add(sb.toString());
            if (fields.size() > MAX_FIELDS) {
                throw new ImportException(file, curLine, 0, "more than " + MAX_FIELDS + " fields in one record");
            }
            if (c != delimiter) {
                return fields;
            }
        }
    }

    /** Reads a quoted field after its opening quote; returns the character that ends it. */
    private int readQuoted(StringBuilder sb) throws ImportException, IOException {
        long openLine = curLine;
        long openCol = curCol;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new ImportException(file, openLine, openCol,
                        "unterminated quoted field: the quote opened here is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    append(sb, '"', openLine);
                    continue;
                }
                if (after == '\r' && peek() == '\n') {
                    after = read();
                }
                if (after < 0 || after == delimiter || after == '\n') {
                    return after;
                }
                throw new ImportException(file, curLine, curCol, "unexpected " + describe(after)
                        + " after a closing quote; a quote inside a quoted field must be doubled (\"\")");
            }
            append(sb, (char) c, openLine);
        }
    }

    private void append(StringBuilder sb, char c, long fieldLine) throws ImportException {
        if (sb.length() >= maxFieldChars) {
            throw new ImportException(file, fieldLine, 0, "field is longer than " + maxFieldChars
                    + " characters (a missing closing quote?)");
        }
        sb.append(c);
    }

    private static String describe(int c) {
        return c == '\t' ? "tab" : c == ' ' ? "space" : "character " + Texts.quote(String.valueOf((char) c));
    }

    private int peek() throws IOException {
        if (pos == lim && !refill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos == lim && !refill()) {
            curLine = nextLine;
            curCol = nextCol;
            return -1;
        }
        char c = buf[pos++];
        curLine = nextLine;
        curCol = nextCol;
        if (c == '\n') {
            nextLine++;
            nextCol = 1;
        } else if (!Character.isLowSurrogate(c)) {
            nextCol++;
        }
        return c;
    }

    private boolean refill() throws IOException {
        int n;
        do {
            n = reader.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = 0;
            lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }
}
