package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.util.Json;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreStatsCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private ScoringProjectFixture project() throws Exception {
        var fx = new ScoringProjectFixture(dir, List.of(
                new PromptSpec("What is the capital of France?", "Paris is the capital of France.", "geo"),
                new PromptSpec("中国的首都是哪里？", "中国的首都是北京。", "geo-zh"),
                new PromptSpec("What is 2+2?", "4", "math")), List.of("good", "poor"));
        List<Completion> done = fx.answer((m, p) -> switch (p) {
            case 0 -> m == 0 ? "GOOD: Paris is the capital of France." : "POOR: It is Lyon, I think.";
            case 1 -> m == 0 ? "GOOD: 中国的首都是北京。" : "POOR: 上海。";
            default -> m == 0 ? "GOOD: 4" : "POOR: 5";
        }, (m, p) -> new Metrics(100.0 + 50 * m + p, 100.0 + 50 * m + p, 1000.0 + p, 10, 20, false, 40.0, 40.0, 60.0,
                20.0 - m, 60.0, null));
        fx.store.annotations().save(new Annotation(done.get(0).id(), "ann", Map.of("accuracy", 5.0), List.of(), null, Instant.EPOCH));
        fx.store.annotations().save(new Annotation(done.get(0).id(), "bob", Map.of("accuracy", 4.0), List.of(), null, Instant.EPOCH));
        fx.store.annotations().save(new Annotation(done.get(3).id(), "ann", Map.of("accuracy", 1.0), List.of(), null, Instant.EPOCH));
        fx.store.annotations().save(new Annotation(done.get(3).id(), "bob", Map.of("accuracy", 1.0), List.of(), null, Instant.EPOCH));
        return fx;
    }

    @Test
    void scoresARunThenSkipsUnchangedScores() throws Exception {
        var fx = project();
        String file = fx.store.file().toString();
        fx.store.close();
        Result first = cli("score", file, "--run", "run", "--scorers", "rougeL,chrf,bleu,length,refusal,checks",
                "--check", "contains:GOOD");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Scored run 1 \"run\"").containsPattern("rougeL\\s+6\\s+0\\s+0\\s+0")
                .containsPattern("checks\\s+6\\s+0\\s+0");
        Result second = cli("score", file, "--scorers", "rougeL", "--json");
        assertThat(second.code()).isZero();
        var json = Json.mapper().readTree(second.out());
        assertThat(json.at("/scores/perScorer/rougeL/unchanged").asInt()).isEqualTo(6);
        assertThat(json.at("/scores/perScorer/rougeL/computed").asInt()).isZero();

        Result stats = cli("stats", file, "--resamples", "200");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("Leaderboard by rougeL (higher is better")
                .containsPattern("1\\s+good\\s+3\\s+0\\.844")
                .contains("ttft_ms").contains("tokens_per_s")
                .contains("Paired bootstrap tests on rougeL")
                .contains("Inter-annotator agreement").contains("accuracy");
        Result byChecks = cli("stats", file, "--metric", "checks", "--json", "--resamples", "100");
        var report = Json.mapper().readTree(byChecks.out());
        assertThat(report.at("/primaryMetric").asText()).isEqualTo("checks");
        assertThat(report.at("/leaderboard/0/model").asText()).isEqualTo("good");
        assertThat(report.at("/leaderboard/0/summary/mean").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/agreement/0/cohenKappa").isNumber()).isTrue();
    }

    @Test
    void judgesThroughAConfiguredModelAndKeepsJudgeVotesApart() throws Exception {
        var fx = project();
        try (StubLlmServer server = StubLlmServer.start()) {
            server.responder(request -> {
                String body = request.body();
                if (body.contains("assistant A's answer")) {
                    int a = body.indexOf("assistant A's answer");
                    int b = body.indexOf("assistant B's answer");
                    int good = body.indexOf("GOOD:");
                    return StubScript.ok().ttft(0).answerText(good > a && good < b ? "A is right. [[A]]" : "B is right. [[B]]");
                }
                return StubScript.ok().ttft(0).answerText(body.contains("GOOD:") ? "Correct. [[9]]" : "Wrong. [[3]]");
            });
            fx.store.models().add(new ModelConfig(0, "referee", ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(),
                    "referee-model", null, null, null, null));
            String file = fx.store.file().toString();
            fx.store.close();
            Result scored = cli("score", file, "--run", "1", "--scorers", "judge:referee", "--pairwise", "referee");
            assertThat(scored.code()).as(scored.err()).isZero();
            assertThat(scored.out()).containsPattern("judge:referee\\s+6\\s+0\\s+0\\s+0")
                    .contains("Pairwise judge referee: 6 votes added, 0 already judged, 0 malformed verdicts");
            Result stats = cli("stats", file, "--resamples", "200");
            assertThat(stats.out()).contains("Leaderboard by judge:referee")
                    .containsPattern("1\\s+good\\s+3\\s+9\\.000")
                    .contains("Judge votes: 6 from judge:referee").doesNotContain("Human votes");
            Result unknown = cli("score", file, "--scorers", "judge:nobody");
            assertThat(unknown.code()).isEqualTo(1);
            assertThat(unknown.err()).contains("no model named 'nobody' to act as judge");
        }
    }

    @Test
    void reportsUsageErrorsInOneLine() throws Exception {
        var fx = project();
        String file = fx.store.file().toString();
        fx.store.close();
        Result bad = cli("score", file, "--scorers", "meteor");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith("error: unknown scorer 'meteor'").doesNotContain("\n");
        Result noRun = cli("stats", file, "--run", "7");
        assertThat(noRun.err()).contains("no run with id 7");
        Result badCheck = cli("score", file, "--check", "startswith:x");
        assertThat(badCheck.err()).contains("unknown check type 'startswith'");
    }
}
