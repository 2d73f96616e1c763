package io.sidebench.testsupport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal GGUF (version 3) writer for tests: typed metadata key/values and F32 tensors.
 *
 * <p>Layout: magic "GGUF", version, tensor count, key/value count, the key/values, the tensor
 * infos (name, dimensions innermost first, ggml type, offset into the data section), zero padding to
 * the alignment, then each tensor's data, each starting at a multiple of the alignment. All numbers
 * are little-endian; strings are a uint64 byte length followed by UTF-8 bytes.
 */
public final class GgufFileWriter {
    static final int ALIGNMENT = 32;

    // metadata value types
    static final int UINT32 = 4;
    static final int INT32 = 5;
    static final int FLOAT32 = 6;
    static final int BOOL = 7;
    static final int STRING = 8;
    static final int ARRAY = 9;
    static final int UINT64 = 10;

    private static final int GGML_TYPE_F32 = 0;

    private final List<byte[]> keyValues = new ArrayList<>();
    private final List<Tensor> tensors = new ArrayList<>();

    private record Tensor(String name, long[] dims, float[] data) {
    }

    public GgufFileWriter putString(String key, String value) {
        Bytes b = new Bytes().string(key).u32(STRING).string(value);
        keyValues.add(b.toArray());
        return this;
    }

    public GgufFileWriter putUint32(String key, int value) {
        keyValues.add(new Bytes().string(key).u32(UINT32).u32(value).toArray());
        return this;
    }

    public GgufFileWriter putUint64(String key, long value) {
        keyValues.add(new Bytes().string(key).u32(UINT64).u64(value).toArray());
        return this;
    }

    public GgufFileWriter putFloat32(String key, float value) {
        keyValues.add(new Bytes().string(key).u32(FLOAT32).f32(value).toArray());
        return this;
    }

    public GgufFileWriter putBool(String key, boolean value) {
        keyValues.add(new Bytes().string(key).u32(BOOL).u8(value ? 1 : 0).toArray());
        return this;
    }

    public GgufFileWriter putStringArray(String key, List<String> values) {
        Bytes b = new Bytes().string(key).u32(ARRAY).u32(STRING).u64(values.size());
        values.forEach(b::string);
        keyValues.add(b.toArray());
        return this;
    }

    public GgufFileWriter putFloatArray(String key, float[] values) {
        Bytes b = new Bytes().string(key).u32(ARRAY).u32(FLOAT32).u64(values.length);
        for (float v : values) {
            b.f32(v);
        }
        keyValues.add(b.toArray());
        return this;
    }

    public GgufFileWriter putInt32Array(String key, int[] values) {
        Bytes b = new Bytes().string(key).u32(ARRAY).u32(INT32).u64(values.length);
        for (int v : values) {
            b.u32(v);
        }
        keyValues.add(b.toArray());
        return this;
    }

    /** Adds an F32 tensor; {@code dims} innermost first (ggml order: ne0 = row length). */
    public GgufFileWriter addTensor(String name, float[] data, long... dims) {
        long count = 1;
        for (long d : dims) {
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException(name + ": " + data.length + " values for " + count + " elements");
        }
        tensors.add(new Tensor(name, dims.clone(), data));
        return this;
    }

    public void write(Path file) throws IOException {
        Bytes head = new Bytes().raw("GGUF".getBytes(StandardCharsets.US_ASCII)).u32(3)
                .u64(tensors.size()).u64(keyValues.size());
        keyValues.forEach(head::raw);
        long offset = 0;
        for (Tensor t : tensors) {
            head.string(t.name()).u32(t.dims().length);
            for (long d : t.dims()) {
                head.u64(d);
            }
            head.u32(GGML_TYPE_F32).u64(offset);
            offset = align(offset + 4L * t.data().length);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            byte[] header = head.toArray();
            out.write(header);
            out.write(new byte[(int) (align(header.length) - header.length)]);
            for (Tensor t : tensors) {
                ByteBuffer buf = ByteBuffer.allocate(4 * t.data().length).order(ByteOrder.LITTLE_ENDIAN);
                buf.asFloatBuffer().put(t.data());
                out.write(buf.array());
                long size = 4L * t.data().length;
                out.write(new byte[(int) (align(size) - size)]);
            }
        }
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** A growable little-endian byte buffer. */
    private static final class Bytes {
        private ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);

        private void ensure(int more) {
            if (buf.remaining() < more) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + more))
                        .order(ByteOrder.LITTLE_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }

        Bytes u8(int v) {
            ensure(1);
            buf.put((byte) v);
            return this;
        }

        Bytes u32(int v) {
            ensure(4);
            buf.putInt(v);
            return this;
        }

        Bytes u64(long v) {
            ensure(8);
            buf.putLong(v);
            return this;
        }

        Bytes f32(float v) {
            ensure(4);
            buf.putFloat(v);
            return this;
        }

        Bytes raw(byte[] bytes) {
            ensure(bytes.length);
            buf.put(bytes);
            return this;
        }

        Bytes string(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            return u64(bytes.length).raw(bytes);
        }

        byte[] toArray() {
            byte[] out = new byte[buf.position()];
            buf.flip();
            buf.get(out);
            buf.position(out.length);
            buf.limit(buf.capacity());
            return out;
        }
    }
}
