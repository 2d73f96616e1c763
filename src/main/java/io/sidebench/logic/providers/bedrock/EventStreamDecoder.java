package io.sidebench.logic.providers.bedrock;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import io.sidebench.logic.providers.http.MalformedChunkException;

/**
 * Reads AWS event-stream messages (the binary framing of Bedrock's ConverseStream, not SSE): a 12-byte
 * prelude (total length, headers length, CRC32 of the first 8 bytes), typed headers, the payload, and a
 * CRC32 of everything before it. Both checksums are verified; a bad one is a broken stream.
 */
public final class EventStreamDecoder {
    /** One decoded message: string-valued headers (other types as text) and the payload. */
    public record Message(Map<String, String> headers, byte[] payload) {
        public String header(String name) {
            return headers.get(name);
        }

        public String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    static final int MAX_MESSAGE = 16 * 1024 * 1024;
    private final InputStream in;

    public EventStreamDecoder(InputStream in) {
        this.in = in;
    }

    /** The next message, or {@code null} at a clean end of stream (between messages). */
    public Message next() throws IOException {
        byte[] prelude = in.readNBytes(12);
        if (prelude.length == 0) {
            return null;
        }
        if (prelude.length < 12) {
            throw new EOFException("event stream cut off inside a message prelude");
        }
        ByteBuffer p = ByteBuffer.wrap(prelude);
        int total = p.getInt();
        int headersLength = p.getInt();
        int preludeCrc = p.getInt();
        if (crc(prelude, 0, 8) != preludeCrc) {
            throw new MalformedChunkException("event stream prelude checksum mismatch");
        }
        if (total < 16 || total > MAX_MESSAGE || headersLength < 0 || headersLength > total - 16) {
            throw new MalformedChunkException("event stream message with impossible lengths (" + total + ", "
                    + headersLength + ")");
        }
        byte[] rest = in.readNBytes(total - 12);
        if (rest.length < total - 12) {
            throw new EOFException("event stream cut off inside a message");
        }
        CRC32 crc = new CRC32();
        crc.update(prelude);
        crc.update(rest, 0, rest.length - 4);
        int messageCrc = ByteBuffer.wrap(rest, rest.length - 4, 4).getInt();
        if ((int) crc.getValue() != messageCrc) {
            throw new MalformedChunkException("event stream message checksum mismatch");
        }
        Map<String, String> headers = headers(ByteBuffer.wrap(rest, 0, headersLength));
        byte[] payload = new byte[total - 16 - headersLength];
        System.arraycopy(rest, headersLength, payload, 0, payload.length);
        return new Message(headers, payload);
    }

    private static Map<String, String> headers(ByteBuffer b) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            while (b.hasRemaining()) {
                byte[] name = new byte[b.get() & 0xff];
                b.get(name);
                int type = b.get() & 0xff;
                String value = switch (type) {
                    case 0 -> "true";
                    case 1 -> "false";
                    case 2 -> Byte.toString(b.get());
                    case 3 -> Short.toString(b.getShort());
                    case 4 -> Integer.toString(b.getInt());
                    case 5, 8 -> Long.toString(b.getLong());
                    case 6, 7 -> {
                        byte[] v = new byte[b.getShort() & 0xffff];
                        b.get(v);
                        yield type == 7 ? new String(v, StandardCharsets.UTF_8) : java.util.HexFormat.of().formatHex(v);
                    }
                    case 9 -> {
                        byte[] v = new byte[16];
                        b.get(v);
                        yield java.util.HexFormat.of().formatHex(v);
                    }
                    default -> throw new MalformedChunkException("unknown event stream header type " + type);
                };
                out.put(new String(name, StandardCharsets.UTF_8), value);
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw new MalformedChunkException("event stream headers cut short");
        }
        return out;
    }

    static int crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** Encodes one message with string headers (for tests and stub servers). */
    public static byte[] encode(Map<String, String> headers, byte[] payload) {
        java.io.ByteArrayOutputStream h = new java.io.ByteArrayOutputStream();
        headers.forEach((k, v) -> {
            byte[] name = k.getBytes(StandardCharsets.UTF_8);
            byte[] value = v.getBytes(StandardCharsets.UTF_8);
            h.write(name.length);
            h.writeBytes(name);
            h.write(7);
            h.write((value.length >> 8) & 0xff);
            h.write(value.length & 0xff);
            h.writeBytes(value);
        });
        byte[] hb = h.toByteArray();
        int total = 16 + hb.length + payload.length;
        ByteBuffer out = ByteBuffer.allocate(total);
        out.putInt(total).putInt(hb.length);
        out.putInt(crc(out.array(), 0, 8));
        out.put(hb).put(payload);
        out.putInt(crc(out.array(), 0, total - 4));
        return out.array();
    }
}
