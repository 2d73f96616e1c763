package io.sidebench.cli;

import io.sidebench.logic.run.EndpointPlan;
import io.sidebench.logic.run.RunSummaries;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Run;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Per-model tables of runs, shared by {@code run} and {@code runs}. */
final class RunTables {
    private RunTables() {
    }

    static List<RunSummaries.ModelSummary> summaries(ProjectStore store, Run run) {
        Map<Long, ModelConfig> models = store.models().list().stream()
                .collect(Collectors.toMap(ModelConfig::id, Function.identity()));
        int prompts = store.promptSets().count(run.promptSetId());
        return RunSummaries.summarize(run, prompts, store.completions().forRun(run.id(), false), models);
    }

    /** One line per endpoint: its limit (shared by its models) and each model's own cap when lower. */
    static List<String> limits(EndpointPlan plan) {
        List<String> lines = new ArrayList<>();
        for (EndpointPlan.Endpoint e : plan.endpoints()) {
            List<String> names = new ArrayList<>();
            for (EndpointPlan.ModelLane l : e.models()) {
                names.add(l.model().name() + (l.cap() < e.limit() ? " (at most " + l.cap() + ")" : ""));
            }
            lines.add(e.endpoint() + ": at most " + e.limit() + " in flight" + (e.models().size() > 1 ? " together" : "")
                    + " - " + String.join(", ", names));
        }
        List<ModelConfig> isolated = plan.isolatedModels();
        if (isolated.size() > 1) {
            lines.add("one after another (speed isolation): "
                    + String.join(", ", isolated.stream().map(ModelConfig::name).toList()));
        }
        return lines;
    }

    static void print(PrintWriter out, List<RunSummaries.ModelSummary> summaries, String indent) {
        TextTable table = new TextTable("model", "cells", "ok", "errors", "cached", "attempts", "retries",
                "TTFT ms", "TPOT ms", "tok/s", "e2e ms", "cost $");
        for (RunSummaries.ModelSummary s : summaries) {
            table.row(s.model(), s.cells(), s.ok(), s.errors(), s.cached(), s.attempts(), s.retries(), s.ttftMs(), s.tpotMs(), s.tokensPerSecond(),
                    s.e2eMs(), s.costUsd());
        }
        table.print(out, indent);
        out.println(indent + "(medians over answers requested in the run; cached answers are not timed; "
                + "speeds are those of the attempt that answered)");
    }
}
