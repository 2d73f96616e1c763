package io.sidebench.logic.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.providers.http.MalformedChunkException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class EventStreamDecoderTest {
    private static byte[] frame(String type, String json) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(":event-type", type);
        h.put(":content-type", "application/json");
        h.put(":message-type", "event");
        return EventStreamDecoder.encode(h, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesFramesWithTheirHeadersAndChecksLengthsAndCrcs() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame("messageStart", "{\"role\":\"assistant\"}"));
        stream.writeBytes(frame("contentBlockDelta", "{\"delta\":{\"text\":\"你好 👋\"}}"));
        byte[] bytes = stream.toByteArray();
        // the prelude as the spec lays it out: total length, headers length, CRC32 of those 8 bytes
        ByteBuffer prelude = ByteBuffer.wrap(bytes, 0, 12);
        int total = prelude.getInt();
        int headers = prelude.getInt();
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, 8);
        assertThat(prelude.getInt()).isEqualTo((int) crc.getValue());
        assertThat(total).isEqualTo(16 + headers + "{\"role\":\"assistant\"}".length());

        EventStreamDecoder decoder = new EventStreamDecoder(new ByteArrayInputStream(bytes));
        EventStreamDecoder.Message first = decoder.next();
        assertThat(first.header(":event-type")).isEqualTo("messageStart");
        assertThat(first.header(":message-type")).isEqualTo("event");
        assertThat(first.payloadText()).isEqualTo("{\"role\":\"assistant\"}");
        assertThat(decoder.next().payloadText()).contains("你好 👋");
        assertThat(decoder.next()).isNull();
    }

    @Test
    void aCorruptedPayloadOrPreludeOrACutStreamIsRefused() {
        byte[] good = frame("contentBlockDelta", "{\"delta\":{\"text\":\"hi\"}}");
        byte[] badPayload = good.clone();
        badPayload[good.length - 6] ^= 1;
        assertThatThrownBy(() -> new EventStreamDecoder(new ByteArrayInputStream(badPayload)).next())
                .isInstanceOf(MalformedChunkException.class).hasMessageContaining("message checksum");
        byte[] badPrelude = good.clone();
        badPrelude[3] ^= 1;
        assertThatThrownBy(() -> new EventStreamDecoder(new ByteArrayInputStream(badPrelude)).next())
                .isInstanceOf(MalformedChunkException.class).hasMessageContaining("prelude checksum");
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 3);
        assertThatThrownBy(() -> new EventStreamDecoder(new ByteArrayInputStream(cut)).next())
                .isInstanceOf(EOFException.class);
    }
}
