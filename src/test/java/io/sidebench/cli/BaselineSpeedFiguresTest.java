package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 defect 14: a baseline sends no request, so `runs` and `stats` give it no speed figures (they showed its
 * in-process timings: a TTFT of 0.002 ms and tens of millions of tokens per second).
 */
class BaselineSpeedFiguresTest {
    @TempDir
    Path dir;

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void baselinesHaveNoSpeedFiguresInRunsOrStats() throws Exception {
        Path file = dir.resolve("baseline.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Baselines")) {
            store.promptSets().importSet("qa", "qa.jsonl", "jsonl", sink -> {
                for (int i = 0; i < 4; i++) {
                    sink.add(Prompt.single("k" + i, "问题 " + i + "？", "Answer number " + i + " is here."));
                }
            });
            store.models().add(new ModelConfig(0, "reference", ProviderKind.BASELINE_REFERENCE, null, null, null,
                    null, null, null));
        }
        cli("run", file.toString(), "--set", "qa", "--models", "reference");

        JsonNode runs = Json.mapper().readTree(cli("runs", file.toString(), "--json"));
        JsonNode model = runs.get(0).get("models").get(0);
        assertThat(model.get("ok").asInt()).isEqualTo(4);
        assertThat(model.get("ttftMs").isNull()).as(model.toString()).isTrue();
        assertThat(model.get("tokensPerSecond").isNull()).as(model.toString()).isTrue();
        assertThat(model.get("e2eMs").isNull()).as(model.toString()).isTrue();
        String row = cli("runs", file.toString()).lines().filter(l -> l.contains("reference (baseline)")).findFirst()
                .orElseThrow();
        assertThat(row).as("no speed figure in the table row").doesNotContainPattern("\\d\\.\\d");

        JsonNode stats = Json.mapper().readTree(cli("stats", file.toString(), "--json", "--resamples", "50"));
        assertThat(stats.toString()).doesNotContain("\"ttft_ms\"").doesNotContain("\"tokens_per_s\"");
    }
}
