package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;
import io.sidebench.model.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the flat result exports (CSV, XLSX): one row per completion. Values are Strings
 * (text, neutralised by the writer) or Numbers (never neutralised), {@code null} when empty.
 */
final class ResultColumns {
    record Column(String header, boolean text, int width, Function<ResultRow, Object> value) {
    }

    private ResultColumns() {
    }

    static List<Column> forReport(Report report) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("run", false, 6, r -> r.runId()));
        columns.add(new Column("prompt_key", true, 12, ResultRow::promptKey));
        columns.add(new Column("category", true, 14, ResultRow::category));
        columns.add(new Column("prompt", true, 50, ResultRow::prompt));
        columns.add(new Column("reference", true, 40, ResultRow::reference));
        columns.add(new Column("model", true, 20, ResultRow::modelLabel));
        columns.add(new Column("repeat", false, 7, r -> r.repeat()));
        columns.add(new Column("status", true, 8, r -> r.status().name()));
        columns.add(new Column("output", true, 60, ResultRow::output));
        columns.add(new Column("error", true, 20, ResultRow::error));
        columns.add(new Column("ttft_ms", false, 9, r -> r.metrics().ttftMs()));
        columns.add(new Column("ttfa_ms", false, 9, r -> r.metrics().ttfaMs()));
        columns.add(new Column("e2e_ms", false, 9, r -> r.metrics().e2eMs()));
        columns.add(new Column("input_tokens", false, 9, r -> r.metrics().inputTokens()));
        columns.add(new Column("output_tokens", false, 9, r -> r.metrics().outputTokens()));
        columns.add(new Column("tokens_estimated", false, 9, r -> r.metrics().tokensEstimated() ? 1 : 0));
        columns.add(new Column("tpot_ms", false, 9, r -> r.metrics().tpotMs()));
        columns.add(new Column("tokens_per_s", false, 9, r -> r.metrics().tokensPerSecond()));
        columns.add(new Column("cost_usd", false, 10, r -> r.metrics().cost()));
        if (report.speed().kind() != io.sidebench.logic.answers.SpeedSource.Kind.MEASURED) {
            // imported answers: the figures above are another tool's (or none), never Sidebench's
            String mark = report.speed().mark();
            columns.add(new Column("speed_source", true, 30, r -> mark));
        }
        columns.add(new Column("cached", false, 7, r -> r.cached() ? 1 : 0));
        columns.add(new Column("attempts", false, 8, r -> r.attempts()));
        columns.add(new Column("retries", false, 7, r -> r.retries()));
        columns.add(new Column("backoff_ms", false, 9, ResultRow::backoffMs));
        columns.add(new Column("wall_ms", false, 9, ResultRow::wallMs));
        for (String scorer : report.scorers()) {
            columns.add(new Column("score:" + scorer, false, 10, r -> r.scores().get(scorer)));
        }
        columns.add(new Column("annotations", true, 40, r -> annotations(r.annotations())));
        columns.add(new Column("human_votes", true, 12, r -> r.humanVotes().toString()));
        columns.add(new Column("judge_votes", true, 12, r -> r.judgeVotes().toString()));
        return columns;
    }

    /** "alice: accuracy=4, clarity=5; tags: vague; comment | bob: ..." */
    static String annotations(List<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return null;
        }
        return annotations.stream().map(ResultColumns::annotation).collect(Collectors.joining(" | "));
    }

    static String annotation(Annotation a) {
        StringBuilder out = new StringBuilder(a.annotator()).append(": ");
        out.append(a.ratings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + number(e.getValue())).collect(Collectors.joining(", ")));
        if (!a.tags().isEmpty()) {
            out.append("; tags: ").append(String.join(", ", a.tags()));
        }
        if (a.comment() != null && !a.comment().isBlank()) {
            out.append("; ").append(a.comment());
        }
        return out.toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
