package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.testsupport.ScriptedModelClients;
import io.sidebench.testsupport.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path dir;
    Path file;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("p.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "t")) {
            TestProjects.promptSet(store, "qa", 6);
            TestProjects.openAi(store, "alpha", "http://127.0.0.1:9/v1", "a");
            TestProjects.openAi(store, "beta", "http://127.0.0.1:9/v1", "b");
        }
    }

    private int run(ModelClientFactory clients, String... args) {
        CommandLine cli = new CommandLine(new RunCommand(clients));
        cli.setExecutionExceptionHandler(new OneLineErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int cli(String... args) {
        return SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runsEveryCellPrintsProgressAndASummaryTable() {
        ScriptedModelClients clients = ScriptedModelClients.echo();
        int code = run(clients, file.toString(), "--set", "qa", "--models", "alpha,beta", "--repeats", "2",
                "--seed", "9", "--concurrency", "3", "--progress-interval", "0");

        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("Run 1: set 'qa', 6 prompts x 2 models x 2 repeats = 24 cells (seed 9)");
        assertThat(text).contains("progress 24/24, errors 0");
        assertThat(text.lines().filter(l -> l.startsWith("progress ")).count()).isEqualTo(24);
        assertThat(text).contains("Run 1 finished in").contains("24 answered now (24 ok, 0 errors, 0 from cache, 0 retries)");
        assertThat(text).containsPattern("alpha\\s+12\\s+12\\s+0\\s+0\\s+12\\s+0\\s+10\\.0\\s+20\\.0");
        assertThat(clients.requests).hasSize(24);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.completions().countForRun(1)).isEqualTo(24);
        }
    }

    @Test
    void resumeRequestsOnlyWhatIsNotFinished() {
        ScriptedModelClients failing = new ScriptedModelClients((m, r, call, l, c) ->
                ScriptedModelClients.last(r).equals("question 3")
                        ? ModelResult.failed(FailureKind.AUTHENTICATION, "HTTP 401", "", List.of(), 0, 1, 401, null)
                        : ScriptedModelClients.answer("ok", l));
        assertThat(run(failing, file.toString(), "--set", "qa", "--models", "alpha", "--seed", "1")).isZero();
        assertThat(out.toString()).contains("(5 ok, 1 errors, 0 from cache, 0 retries)");

        ScriptedModelClients fine = ScriptedModelClients.echo();
        assertThat(run(fine, file.toString(), "--resume", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 answered now (1 ok, 0 errors, 0 from cache, 0 retries), 5 done before");
        assertThat(fine.requests).extracting(ScriptedModelClients.Request::lastUser).containsExactly("question 3");
    }

    @Test
    void unknownNamesGiveOneClearLine() {
        assertThat(run(ScriptedModelClients.echo(), file.toString(), "--set", "qa", "--models", "alpha,gamma")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: " + file + ": no model 'gamma' (known: alpha, beta)");

        err.getBuffer().setLength(0);
        assertThat(run(ScriptedModelClients.echo(), file.toString(), "--set", "nope", "--models", "alpha")).isEqualTo(1);
        assertThat(err.toString()).contains("no prompt set 'nope' (known: qa)");

        err.getBuffer().setLength(0);
        assertThat(run(ScriptedModelClients.echo(), file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("give --set NAME and --models a,b,c (or --resume RUN)");

        err.getBuffer().setLength(0);
        assertThat(run(ScriptedModelClients.echo(), file.toString(), "--resume", "7")).isEqualTo(1);
        assertThat(err.toString()).contains("no run 7");
    }

    @Test
    void runsListsRunsWithPerModelMedians() {
        assertThat(run(ScriptedModelClients.echo(), file.toString(), "--set", "qa", "--models", "alpha,beta",
                "--seed", "3", "--name", "first")).isZero();
        out.getBuffer().setLength(0);

        assertThat(cli("runs", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Run 1 \"first\": set 'qa', finished, 12/12 cells, seed 3")
                .containsPattern("beta\\s+6\\s+6\\s+0\\s+0\\s+6\\s+0\\s+10\\.0\\s+20\\.0\\s+66\\.7\\s+30\\.0");

        out.getBuffer().setLength(0);
        assertThat(cli("runs", file.toString(), "--json")).isZero();
        JsonNode runs = Json.read(out.toString(), JsonNode.class);
        assertThat(runs).hasSize(1);
        JsonNode alpha = runs.get(0).get("models").get(0);
        assertThat(alpha.get("model").asText()).isEqualTo("alpha");
        assertThat(alpha.get("ttftMs").asDouble()).isEqualTo(10.0);
        assertThat(alpha.get("tpotMs").asDouble()).isEqualTo(20.0);
        assertThat(alpha.get("e2eMs").asDouble()).isEqualTo(30.0);
        assertThat(alpha.get("errors").asInt()).isZero();
        assertThat(runs.get(0).get("status").asText()).isEqualTo("finished");
    }

    @Test
    void aFullDiskStopsTheRunSayingSoWithTheAnswersKeptAndResumeContinues() {
        // defect 18: it said "[SQLITE_ERROR] SQL error or missing database (cannot commit - no transaction is active)"
        ScriptedModelClients long1 = new ScriptedModelClients((m, r, call, l, c) ->
                ScriptedModelClients.answer("答".repeat(1500) + ScriptedModelClients.last(r), l));
        System.setProperty("sidebench.test.spacePages", "6");
        int code;
        try {
            code = run(long1, file.toString(), "--set", "qa", "--models", "alpha,beta", "--seed", "2",
                    "--concurrency", "1");
        } finally {
            System.clearProperty("sidebench.test.spacePages");
        }
        int kept;
        try (ProjectStore store = ProjectStore.open(file)) {
            kept = store.completions().finishedCells(1).size();
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        assertThat(code).isEqualTo(1);
        assertThat(kept).isPositive().isLessThan(12);
        assertThat(err.toString()).contains("the disk is full, so run 1 stopped; " + kept + " answers are safe")
                .contains("sidebench run " + file + " --resume 1").doesNotContain("no transaction is active");

        out.getBuffer().setLength(0);
        assertThat(run(long1, file.toString(), "--resume", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains(kept + " done before");
    }
}
