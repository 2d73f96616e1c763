package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.ChildJvm;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import io.sidebench.testsupport.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code sidebench run} (a child JVM) mid-run, twice, and resumes: everything committed before a kill
 * survives unchanged, the file stays sound, and no finished cell is ever requested again.
 */
class RunKillResumeTest {
    private static final Pattern PROGRESS = Pattern.compile("^progress (\\d+)/(\\d+)");
    private static final int PROMPTS = 60;
    private static final int CONCURRENCY = 4;

    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();
    private final List<ChildJvm> children = new ArrayList<>();

    @AfterEach
    void stop() {
        children.forEach(ChildJvm::close);
        server.close();
    }

    @Test
    void killedRunsResumeWithoutLosingOrRepeatingCells() throws Exception {
        server.defaultScript(StubScript.ok().ttft(50).rate(100).tokens(10));
        Path file = dir.resolve("kill.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "kill")) {
            TestProjects.promptSet(store, "qa", PROMPTS);
            TestProjects.openAi(store, "m1", server.openAiBaseUrl(), "m1");
            TestProjects.openAi(store, "m2", server.openAiBaseUrl(), "m2");
        }
        int cells = PROMPTS * 2;

        int seenFirst = runChildAndKill(file, 15, "run", file.toString(), "--set", "qa", "--models", "m1,m2",
                "--concurrency", String.valueOf(CONCURRENCY), "--seed", "11", "--no-cache");
        Map<CellKey, Completion> beforeFirstKill = checkAfterKill(file, seenFirst);
        Map<String, Integer> requestsAtFirstKill = requestsPerCell();

        int seenSecond = runChildAndKill(file, beforeFirstKill.size() + 30, "run", file.toString(), "--resume", "1",
                "--concurrency", String.valueOf(CONCURRENCY), "--no-cache");
        Map<CellKey, Completion> beforeSecondKill = checkAfterKill(file, seenSecond);
        Map<String, Integer> requestsAtSecondKill = requestsPerCell();
        assertUnchanged(beforeFirstKill, beforeSecondKill);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(new String[] {"run", file.toString(), "--resume", "1", "--no-cache"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(beforeSecondKill.size() + " done before");

        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.runs().get(1).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
            List<Completion> all = store.completions().forRun(1, false);
            assertThat(all).hasSize(cells).allMatch(Completion::isOk);
            Map<CellKey, Completion> end = all.stream().collect(Collectors.toMap(Completion::cell, Function.identity()));
            assertUnchanged(beforeSecondKill, end);

            Map<String, Integer> requests = requestsPerCell();
            Map<Long, String> questions = store.promptSets().prompts(1).stream()
                    .collect(Collectors.toMap(Prompt::id, Prompt::firstUserText));
            Map<Long, String> models = store.models().list().stream()
                    .collect(Collectors.toMap(ModelConfig::id, ModelConfig::name));
            int repeated = 0;
            for (Completion c : all) {
                String key = models.get(c.cell().modelId()) + "/" + questions.get(c.cell().promptId());
                int n = requests.getOrDefault(key, 0);
                if (beforeFirstKill.containsKey(c.cell())) {
                    // committed before the first kill: requested once and never again
                    assertThat(n).as(key).isEqualTo(1);
                } else if (beforeSecondKill.containsKey(c.cell())) {
                    // committed before the second kill: not requested after it (once more before it at most,
                    // when it was in flight at the first kill)
                    assertThat(n).as(key).isEqualTo(requestsAtSecondKill.get(key)).isBetween(1, 2);
                    repeated += n - 1;
                } else {
                    // in flight at a kill at most: then asked again after it
                    assertThat(n).as(key).isBetween(1, 3);
                    repeated += n - 1;
                }
            }
            assertThat(requestsAtFirstKill.keySet()).allMatch(k -> requests.get(k) >= 1);
            // only requests in flight at a kill are repeated: at most the concurrency of both models, per kill
            assertThat(repeated).isLessThanOrEqualTo(2 * (2 * CONCURRENCY));
            assertThat(requests.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cells + repeated);
            System.out.printf("kill test: %d and %d cells committed before the kills, %d requests repeated%n",
                    beforeFirstKill.size(), beforeSecondKill.size(), repeated);
        }
    }

    private Map<String, Integer> requestsPerCell() {
        Map<String, Integer> out = new HashMap<>();
        for (RecordedRequest r : server.chatRequests()) {
            out.merge(r.model() + "/" + r.lastUserText(), 1, Integer::sum);
        }
        return out;
    }

    /** Starts the CLI in a child JVM, waits until it reports {@code killAt} cells done, then kills it. */
    private int runChildAndKill(Path file, int killAt, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--progress-interval", "0"));
        ChildJvm child = ChildJvm.start(command);
        children.add(child);
        int done = 0;
        while (done < killAt) {
            String line = child.nextLine(Duration.ofSeconds(120));
            assertThat(line).as("the child stopped reporting:\n" + child.transcript()).isNotNull();
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                done = Integer.parseInt(m.group(1));
                assertThat(done).as("the run ended before the kill:\n" + child.transcript())
                        .isLessThan(Integer.parseInt(m.group(2)));
            }
        }
        child.kill();
        return done;
    }

    /** The project after a kill: sound, the run still marked running, at least what was reported is there. */
    private static Map<CellKey, Completion> checkAfterKill(Path file, int reported) {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.runs().get(1).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            List<Completion> committed = store.completions().forRun(1, true);
            assertThat(committed.size()).isGreaterThanOrEqualTo(reported);
            assertThat(committed).allMatch(Completion::isOk);
            return committed.stream().collect(Collectors.toMap(Completion::cell, Function.identity()));
        }
    }

    private static void assertUnchanged(Map<CellKey, Completion> before, Map<CellKey, Completion> after) {
        before.forEach((cell, c) -> {
            Completion now = after.get(cell);
            assertThat(now).as(cell.toString()).isNotNull();
            assertThat(now.id()).isEqualTo(c.id());
            assertThat(now.text()).isEqualTo(c.text());
            assertThat(now.finishedAt()).isEqualTo(c.finishedAt());
            assertThat(now.attempts()).isEqualTo(c.attempts());
        });
    }
}
