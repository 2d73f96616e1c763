package io.sidebench.logic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sidebench.logic.util.Json;

/**
 * What the benchmark stub saw since it started (or since its counters were last reset).
 *
 * @param served        answers finished (streamed or not)
 * @param streamed      of those, answered as server-sent events
 * @param plain         of those, answered as one JSON document
 * @param abandoned     requests whose client went away before the answer was complete
 * @param inFlight      requests being answered right now
 * @param maxInFlight   the most requests answered at once
 * @param busyMs        the sum of every request's time in the stub (arrival to end of answer); divided
 *                      by a run's wall time it gives the mean number of requests in flight during that run
 * @param firstLateMs   median lateness of the first token's write against its deadline (the stub's own
 *                      delay, e.g. on a loaded machine); {@code NaN} when nothing was served
 * @param lastLateMs    median lateness of the last token's write (or of the whole JSON answer)
 * @param lastLateP95Ms 95th percentile of the same
 */
public record BenchStubStats(StubTiming timing, long served, long streamed, long plain, long abandoned, int inFlight,
                             int maxInFlight, double busyMs, double firstLateMs, double lastLateMs, double lastLateP95Ms) {

    public String toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.putObject("timing").put("ttftMs", timing.ttftMs()).put("tokensPerSecond", timing.tokensPerSecond())
                .put("tokens", timing.tokens());
        root.put("served", served).put("streamed", streamed).put("plain", plain).put("abandoned", abandoned)
                .put("inFlight", inFlight).put("maxInFlight", maxInFlight)
                .put("busyMs", busyMs);
        putNumber(root, "firstLateMs", firstLateMs);
        putNumber(root, "lastLateMs", lastLateMs);
        putNumber(root, "lastLateP95Ms", lastLateP95Ms);
        return Json.write(root);
    }

    public static BenchStubStats fromJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the stub's statistics are not JSON: " + e.getMessage(), e);
        }
        JsonNode t = root.path("timing");
        StubTiming timing = new StubTiming(t.path("ttftMs").asDouble(), t.path("tokensPerSecond").asDouble(),
                t.path("tokens").asInt());
        return new BenchStubStats(timing, root.path("served").asLong(), root.path("streamed").asLong(),
                root.path("plain").asLong(), root.path("abandoned").asLong(), root.path("inFlight").asInt(),
                root.path("maxInFlight").asInt(), root.path("busyMs").asDouble(), number(root, "firstLateMs"),
                number(root, "lastLateMs"), number(root, "lastLateP95Ms"));
    }

    /** The mean number of requests in flight over {@code wallSeconds} (busy time / wall time). */
    public double meanInFlight(double wallSeconds) {
        return wallSeconds > 0 ? busyMs / 1000.0 / wallSeconds : Double.NaN;
    }

    /** One line for people and scripts: {@code served=8000 streamed=8000 plain=0 ... max_in_flight=32}. */
    public String summaryLine() {
        return String.format(java.util.Locale.ROOT, "served=%d streamed=%d plain=%d abandoned=%d in_flight=%d "
                        + "max_in_flight=%d first_token_late_median_ms=%.2f last_token_late_median_ms=%.2f "
                        + "last_token_late_p95_ms=%.2f", served, streamed, plain, abandoned, inFlight, maxInFlight,
                firstLateMs, lastLateMs, lastLateP95Ms);
    }

    private static void putNumber(ObjectNode root, String name, double value) {
        if (Double.isNaN(value)) {
            root.putNull(name);
        } else {
            root.put(name, value);
        }
    }

    private static double number(JsonNode root, String name) {
        JsonNode n = root.get(name);
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }
}
