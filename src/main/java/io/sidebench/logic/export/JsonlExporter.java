package io.sidebench.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sidebench.logic.results.ResultRow;
import io.sidebench.logic.results.VoteTally;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Annotation;
import io.sidebench.model.Metrics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One JSON object per completion and line, UTF-8, text kept exactly (JSON escapes what it must). */
public final class JsonlExporter implements Exporter {
    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ObjectMapper mapper = Json.mapper().copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (ResultRow row : report.rows()) {
            out.write(mapper.writeValueAsString(object(row)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    static Map<String, Object> object(ResultRow r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("completionId", r.completionId());
        o.put("run", r.runId());
        o.put("promptKey", r.promptKey());
        o.put("category", r.category());
        o.put("system", r.system());
        o.put("prompt", r.prompt());
        o.put("reference", r.reference());
        o.put("model", r.model());
        o.put("baseline", r.baseline());
        o.put("repeat", r.repeat());
        o.put("status", r.status().name());
        o.put("output", r.output());
        o.put("error", r.error());
        o.put("cached", r.cached());
        o.put("attempts", r.attempts());
        o.put("retries", r.retries());
        o.put("backoffMs", r.backoffMs());
        o.put("wallMs", r.wallMs());
        o.put("metrics", metrics(r.metrics()));
        o.put("scores", r.scores());
        o.put("annotations", r.annotations().stream().map(JsonlExporter::annotation).toList());
        o.put("humanVotes", votes(r.humanVotes()));
        o.put("judgeVotes", votes(r.judgeVotes()));
        return o;
    }

    private static Map<String, Object> metrics(Metrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ttftMs", m.ttftMs());
        o.put("ttfaMs", m.ttfaMs());
        o.put("e2eMs", m.e2eMs());
        o.put("inputTokens", m.inputTokens());
        o.put("outputTokens", m.outputTokens());
        o.put("tokensEstimated", m.tokensEstimated());
        o.put("tpotMs", m.tpotMs());
        o.put("itlP50Ms", m.itlP50Ms());
        o.put("itlP95Ms", m.itlP95Ms());
        o.put("tokensPerSecond", m.tokensPerSecond());
        o.put("charsPerSecond", m.charsPerSecond());
        o.put("costUsd", m.cost());
        return o;
    }

    private static Map<String, Object> annotation(Annotation a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("annotator", a.annotator());
        o.put("ratings", a.ratings());
        o.put("tags", List.copyOf(a.tags()));
        o.put("comment", a.comment());
        o.put("updatedAt", a.updatedAt() == null ? null : a.updatedAt().toString());
        return o;
    }

    private static Map<String, Object> votes(VoteTally t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("wins", t.wins());
        o.put("losses", t.losses());
        o.put("ties", t.ties());
        o.put("bothBad", t.bothBad());
        return o;
    }
}
