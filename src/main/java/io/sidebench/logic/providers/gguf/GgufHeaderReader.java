package io.sidebench.logic.providers.gguf;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the header of a GGUF file (magic, version, metadata key/values and tensor infos) without
 * touching the weights. Arrays (the tokenizer's vocabulary) are skipped, only scalars are kept.
 * Any structural problem becomes a {@link GgufException} naming the file and the byte offset.
 */
public final class GgufHeaderReader {
    /** "GGUF" as the first four bytes. */
    private static final byte[] MAGIC = {'G', 'G', 'U', 'F'};
    private static final long MAX_ENTRIES = 10_000_000L;

    private final Path file;
    private final long fileSize;
    private InputStream in;
    private long position;

    private GgufHeaderReader(Path file, long fileSize) {
        this.file = file;
        this.fileSize = fileSize;
    }

    /** True when the file starts with the GGUF magic (used to spot extension-less Ollama blobs). */
    public static boolean hasGgufMagic(Path file) {
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] head = stream.readNBytes(4);
            return java.util.Arrays.equals(head, MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the header of {@code file}. */
    public static GgufMetadata read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new GgufException(file + ": file not found");
        } catch (IOException e) {
            throw new GgufException(file + ": cannot read: " + e.getMessage());
        }
        GgufHeaderReader reader = new GgufHeaderReader(file, size);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            reader.in = stream;
            return reader.readHeader();
        } catch (EOFException e) {
            throw new GgufException(file + ":" + reader.position + ": truncated GGUF header");
        } catch (IOException e) {
            throw new GgufException(file + ": cannot read: " + e.getMessage());
        }
    }

    private GgufMetadata readHeader() throws IOException {
        byte[] magic = bytes(4);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new GgufException(file + ": not a GGUF model file (it does not start with \"GGUF\")");
        }
        int version = u32();
        if (version < 2 || version > 3) {
            throw new GgufException(file + ": unsupported GGUF version " + version + " (expected 2 or 3)");
        }
        long tensorCount = count("tensor count");
        long kvCount = count("metadata count");
        Map<String, Object> values = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = string();
            int type = u32();
            Object value = value(type, key);
            if (value != null) {
                values.put(key, value);
            }
        }
        long parameters = 0;
        for (long i = 0; i < tensorCount; i++) {
            string(); // name
            int dims = u32();
            if (dims < 0 || dims > 8) {
                throw corrupt("a tensor with " + dims + " dimensions");
            }
            long elements = 1;
            for (int d = 0; d < dims; d++) {
                elements *= u64();
            }
            u32(); // ggml type
            u64(); // offset
            parameters += elements;
        }
        String architecture = asString(values.get("general.architecture"));
        Object context = architecture == null ? null : values.get(architecture + ".context_length");
        return new GgufMetadata(version, architecture, asString(values.get("general.name")), parameters,
                asInt(values.get("general.file_type")), asInt(context),
                asString(values.get("tokenizer.chat_template")), tensorCount, values);
    }

    /** Reads one value; returns {@code null} for arrays (skipped). */
    private Object value(int type, String key) throws IOException {
        switch (type) {
            case 0: return (long) u8();
            case 1: return (long) (byte) u8();
            case 2: return (long) (u8() | u8() << 8);
            case 3: return (long) (short) (u8() | u8() << 8);
            case 4: return u32() & 0xFFFF_FFFFL;
            case 5: return (long) u32();
            case 6: return (double) Float.intBitsToFloat(u32());
            case 7: return u8() != 0;
            case 8: return string();
            case 9:
                skipArray(key);
                return null;
            case 10:
            case 11: return u64();
            case 12: return Double.longBitsToDouble(u64());
            default: throw corrupt("unknown value type " + type + " for key \"" + key + "\"");
        }
    }

    private void skipArray(String key) throws IOException {
        int elementType = u32();
        long n = count("array length of \"" + key + "\"");
        int width = switch (elementType) {
            case 0, 1, 7 -> 1;
            case 2, 3 -> 2;
            case 4, 5, 6 -> 4;
            case 10, 11, 12 -> 8;
            case 8 -> -1;
            default -> throw corrupt("unsupported array element type " + elementType + " for key \"" + key + "\"");
        };
        if (width > 0) {
            skip(n * width);
        } else {
            for (long i = 0; i < n; i++) {
                skip(stringLength());
            }
        }
    }

    private long count(String what) throws IOException {
        long at = position;
        long n = u64();
        if (n < 0 || n > MAX_ENTRIES) {
            position = at;
            throw corrupt("implausible " + what + " " + Long.toUnsignedString(n));
        }
        return n;
    }

    private long stringLength() throws IOException {
        long at = position;
        long n = u64();
        if (n < 0 || n > fileSize - position) {
            position = at;
            throw corrupt("a string of " + Long.toUnsignedString(n) + " bytes runs past the end of the file");
        }
        return n;
    }

    private String string() throws IOException {
        return new String(bytes((int) stringLength()), StandardCharsets.UTF_8);
    }

    private byte[] bytes(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        position += n;
        return b;
    }

    private void skip(long n) throws IOException {
        if (n > fileSize - position) {
            throw new EOFException();
        }
        in.skipNBytes(n);
        position += n;
    }

    private int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        position++;
        return b;
    }

    private int u32() throws IOException {
        byte[] b = bytes(4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    private long u64() throws IOException {
        long low = u32() & 0xFFFF_FFFFL;
        long high = u32() & 0xFFFF_FFFFL;
        return low | high << 32;
    }

    private GgufException corrupt(String what) {
        return new GgufException(file + ":" + position + ": corrupt GGUF header: " + what);
    }

    private static String asString(Object value) {
        return value instanceof String s ? s : null;
    }

    private static Integer asInt(Object value) {
        return value instanceof Long l ? Integer.valueOf((int) Math.min(Integer.MAX_VALUE, l)) : null;
    }
}
