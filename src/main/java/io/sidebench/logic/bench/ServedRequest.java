package io.sidebench.logic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark stub did for one chat request, by its own clock: the schedule as it was actually kept, to
 * compare a client's measurements with (the stub may write late on a loaded machine).
 *
 * @param model         the model the request asked for
 * @param prompt        the text of its last user message (with the model, it names a benchmark cell)
 * @param receivedNanos the stub's {@code System.nanoTime()} when the request's handler started (the script counts
 *                      from here); only comparable within the stub's process
 * @param firstTokenMs  when the first token (or the whole unstreamed answer) had been written, ms after
 *                      {@code receivedNanos}; {@code NaN} when it never was
 * @param lastTokenMs   when the last token had been written, ms after {@code receivedNanos}; {@code NaN} when never
 * @param streamed      answered as server-sent events
 * @param ok            the whole answer was written (the client did not go away)
 */
public record ServedRequest(String model, String prompt, long receivedNanos, double firstTokenMs, double lastTokenMs,
                            boolean streamed, boolean ok) {

    /** The key naming a cell: model and prompt text. */
    public String key() {
        return model + "\n" + prompt;
    }

    static String toJson(List<ServedRequest> requests) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (ServedRequest r : requests) {
            ObjectNode o = array.addObject().put("model", r.model).put("prompt", r.prompt)
                    .put("receivedNanos", r.receivedNanos).put("streamed", r.streamed).put("ok", r.ok);
            number(o, "firstTokenMs", r.firstTokenMs);
            number(o, "lastTokenMs", r.lastTokenMs);
        }
        return Json.write(array);
    }

    static List<ServedRequest> fromJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the stub's request log is not JSON: " + e.getMessage(), e);
        }
        List<ServedRequest> out = new ArrayList<>();
        for (JsonNode o : root) {
            out.add(new ServedRequest(o.path("model").asText(), o.path("prompt").asText(),
                    o.path("receivedNanos").asLong(), number(o, "firstTokenMs"), number(o, "lastTokenMs"),
                    o.path("streamed").asBoolean(), o.path("ok").asBoolean()));
        }
        return out;
    }

    private static void number(ObjectNode o, String name, double value) {
        if (Double.isNaN(value)) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    private static double number(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }
}
