package io.sidebench.logic.providers.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal GGUF (version 3) writer: typed metadata key/values and F32 or F16 tensors. Tensor data
 * is produced chunk by chunk while writing, so files of any size are written in a few MB of heap.
 *
 * <p>Layout: magic "GGUF", version, tensor count, key/value count, the key/values, the tensor
 * infos (name, dimensions innermost first, ggml type, offset into the data section), zero padding to
 * the alignment, then each tensor's data, each starting at a multiple of the alignment. All numbers
 * are little-endian; strings are a uint64 byte length followed by UTF-8 bytes.
 */
public final class GgufFileWriter {
    public static final int ALIGNMENT = 32;

    // metadata value types
    static final int UINT32 = 4;
    static final int INT32 = 5;
    static final int FLOAT32 = 6;
    static final int BOOL = 7;
    static final int STRING = 8;
    static final int ARRAY = 9;
    static final int UINT64 = 10;

    private static final int CHUNK = 1 << 16; // values per fill call

    /** The ggml element types this writer can store. */
    public enum TensorType {
        F32(0, 4), F16(1, 2);

        final int ggmlType;
        final int bytes;

        TensorType(int ggmlType, int bytes) {
            this.ggmlType = ggmlType;
            this.bytes = bytes;
        }
    }

    /** Produces a tensor's values in order: fills {@code chunk} with the values from {@code start} on. */
    @FunctionalInterface
    public interface TensorData {
        void fill(float[] chunk, int length, long start);
    }

    private final List<byte[]> keyValues = new ArrayList<>();
    private final List<Tensor> tensors = new ArrayList<>();

    private record Tensor(String name, long[] dims, TensorType type, long count, TensorData data) {
        long bytes() {
            return count * type.bytes;
        }
    }

    public GgufFileWriter putString(String key, String value) {
        keyValues.add(new Bytes().string(key).u32(STRING).string(value).toArray());
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

    /** Adds an F32 tensor held in memory; {@code dims} innermost first (ggml order: ne0 = row length). */
    public GgufFileWriter addTensor(String name, float[] data, long... dims) {
        long count = count(dims);
        if (count != data.length) {
            throw new IllegalArgumentException(name + ": " + data.length + " values for " + count + " elements");
        }
        float[] values = data.clone();
        return addTensor(name, TensorType.F32, (chunk, length, start) ->
                System.arraycopy(values, (int) start, chunk, 0, length), dims);
    }

    /** Adds a tensor whose values {@code data} produces while the file is written. */
    public GgufFileWriter addTensor(String name, TensorType type, TensorData data, long... dims) {
        tensors.add(new Tensor(name, dims.clone(), type, count(dims), data));
        return this;
    }

    private static long count(long[] dims) {
        long count = 1;
        for (long d : dims) {
            count *= d;
        }
        return count;
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
            head.u32(t.type().ggmlType).u64(offset);
            offset = align(offset + t.bytes());
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] header = head.toArray();
            ByteBuffer buf = ByteBuffer.allocate(Math.max(header.length + ALIGNMENT, CHUNK * 4))
                    .order(ByteOrder.LITTLE_ENDIAN);
            buf.put(header).put(new byte[(int) (align(header.length) - header.length)]);
            drain(out, buf);
            float[] chunk = new float[CHUNK];
            for (Tensor t : tensors) {
                for (long start = 0; start < t.count(); start += CHUNK) {
                    int length = (int) Math.min(CHUNK, t.count() - start);
                    t.data().fill(chunk, length, start);
                    for (int i = 0; i < length; i++) {
                        if (t.type() == TensorType.F32) {
                            buf.putFloat(chunk[i]);
                        } else {
                            buf.putShort(toHalf(chunk[i]));
                        }
                    }
                    drain(out, buf);
                }
                buf.put(new byte[(int) (align(t.bytes()) - t.bytes())]);
                drain(out, buf);
            }
        }
    }

    private static void drain(FileChannel out, ByteBuffer buf) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
    }

    /** IEEE 754 binary16 of {@code value}, rounded to nearest even; overflow gives infinity. */
    static short toHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xff;
        int mantissa = bits & 0x7fffff;
        if (exponent == 0xff) { // infinity or NaN
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0));
        }
        int e = exponent - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) { // subnormal or zero in half precision
            if (e < -10) {
                return (short) sign;
            }
            int m = mantissa | 0x800000;
            int shift = 14 - e;
            int half = m >> shift;
            int rest = m & ((1 << shift) - 1);
            int midpoint = 1 << (shift - 1);
            if (rest > midpoint || (rest == midpoint && (half & 1) == 1)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >> 13);
        int rest = mantissa & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) == 1)) {
            half++; // may carry into the exponent, which is still the right rounding
        }
        return (short) (sign | half);
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
