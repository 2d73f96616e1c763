package io.sidebench.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.cli.SidebenchCli;
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
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond the engine's two-kill test: {@code run} in a child JVM is killed (SIGKILL) at N seeded random moments,
 * chosen between "when the k-th next request reaches the server" (mid-stream, often mid-commit of others) and
 * "when the k-th next cell is reported done" (just after a commit). After each kill: the file passes
 * {@code PRAGMA integrity_check}, every completion committed before any earlier kill is still there unchanged,
 * and a final {@code run --resume} finishes every cell without ever requesting a finished cell again.
 * N = 8 in {@code mvn verify}, which with the 12 kills of {@link MigrationKillCrashSafetyTest} (mid-upgrade) makes
 * the 20 random kills; {@code -Dsidebench.crash.kills=20} for 20 of these alone.
 */
class RandomKillCrashSafetyTest {
    private static final int PROMPTS = 40;
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
    void runKilledAtSeededRandomMomentsLosesNothingAndRepeatsNoFinishedCell() throws Exception {
        int kills = Integer.getInteger("sidebench.crash.kills", 8);
        Random random = new Random(20261129L);
        server.defaultScript(StubScript.ok().ttft(15).rate(300).tokens(8));
        Path file = dir.resolve("crash.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "crash")) {
            TestProjects.promptSet(store, "qa", PROMPTS);
            TestProjects.openAi(store, "m1", server.openAiBaseUrl(), "m1");
            TestProjects.openAi(store, "m2", server.openAiBaseUrl(), "m2");
        }
        int cells = PROMPTS * 2;
        Map<CellKey, Completion> committed = new HashMap<>();
        // for each cell committed before a kill: how many requests it had had by then (never more afterwards)
        Map<String, Integer> requestsWhenCommitted = new HashMap<>();
        int killed = 0;
        for (int k = 0; k < kills; k++) {
            List<String> args = new ArrayList<>(k == 0
                    ? List.of("run", file.toString(), "--set", "qa", "--models", "m1,m2", "--seed", "7")
                    : List.of("run", file.toString(), "--resume", "1"));
            args.addAll(List.of("--concurrency", String.valueOf(CONCURRENCY), "--no-cache", "--progress-interval", "0"));
            boolean byRequest = random.nextBoolean();
            int after = 1 + random.nextInt(byRequest ? 10 : 6);
            boolean killedIt = runAndKill(args, byRequest, after);
            Map<CellKey, Completion> now = checkSound(file);
            committed.forEach((cell, c) -> {
                Completion still = now.get(cell);
                assertThat(still).as("lost " + cell).isNotNull();
                assertThat(still.id()).isEqualTo(c.id());
                assertThat(still.text()).isEqualTo(c.text());
                assertThat(still.finishedAt()).isEqualTo(c.finishedAt());
            });
            Map<String, Integer> requests = requestsPerCell();
            Map<CellKey, String> names = cellNames(file);
            for (CellKey cell : now.keySet()) {
                requestsWhenCommitted.putIfAbsent(names.get(cell), requests.getOrDefault(names.get(cell), 0));
            }
            committed.putAll(now);
            if (!killedIt) {
                break; // the run ended before the moment came
            }
            killed++;
            System.out.printf("kill %d (%s %d): %d of %d cells committed%n", k + 1, byRequest ? "request" : "cell",
                    after, now.size(), cells);
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(new String[] {"run", file.toString(), "--resume", "1", "--no-cache",
            "--concurrency", String.valueOf(CONCURRENCY)}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.runs().get(1).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
            assertThat(store.completions().forRun(1, false)).hasSize(cells).allMatch(Completion::isOk);
        }
        Map<String, Integer> requests = requestsPerCell();
        requestsWhenCommitted.forEach((cell, n) ->
                assertThat(requests.get(cell)).as("finished cell %s requested again", cell).isEqualTo(n));
        int repeated = requests.values().stream().mapToInt(Integer::intValue).sum() - cells;
        assertThat(repeated).as("only requests in flight at a kill are repeated")
                .isLessThanOrEqualTo(killed * 2 * CONCURRENCY);
        assertThat(requests).hasSize(cells);
        System.out.printf("crash safety: %d kills, %d requests repeated (in flight at a kill), none of a finished cell%n",
                killed, repeated);
    }

    /** Starts the CLI in a child JVM and kills it at the chosen moment; false when it ended first. */
    private boolean runAndKill(List<String> args, boolean byRequest, int after) throws Exception {
        CountDownLatch moment = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        int base = server.chatRequests().size();
        if (byRequest) {
            server.onRequest(r -> {
                if (server.chatRequests().size() - base >= after) {
                    moment.countDown();
                }
            });
        }
        ChildJvm child = ChildJvm.start(args, new ChildJvm.Output() {
            @Override
            public void line(String line) {
                if (line.startsWith("progress ") && !byRequest && seen.incrementAndGet() >= after) {
                    moment.countDown();
                }
            }

            @Override
            public void ended() {
                moment.countDown(); // the child ended by itself
            }
        });
        children.add(child);
        assertThat(moment.await(180, TimeUnit.SECONDS)).as("no progress:\n" + child.transcript()).isTrue();
        boolean alive = child.kill();
        if (!alive) {
            assertThat(child.waitForExit(Duration.ofSeconds(10))).as(child.transcript()).isZero();
        }
        return alive;
    }

    private static Map<CellKey, Completion> checkSound(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            return store.completions().forRun(1, false).stream().filter(Completion::isOk)
                    .collect(Collectors.toMap(Completion::cell, Function.identity()));
        }
    }

    private static Map<CellKey, String> cellNames(Path file) {
        try (ProjectStore store = ProjectStore.open(file)) {
            Map<Long, String> questions = store.promptSets().prompts(1).stream()
                    .collect(Collectors.toMap(Prompt::id, Prompt::firstUserText));
            Map<Long, String> models = store.models().list().stream()
                    .collect(Collectors.toMap(ModelConfig::id, ModelConfig::name));
            Map<CellKey, String> out = new HashMap<>();
            for (Completion c : store.completions().forRun(1, false)) {
                out.put(c.cell(), models.get(c.cell().modelId()) + "/" + questions.get(c.cell().promptId()));
            }
            return out;
        }
    }

    private Map<String, Integer> requestsPerCell() {
        Map<String, Integer> out = new HashMap<>();
        for (RecordedRequest r : server.chatRequests()) {
            out.merge(r.model() + "/" + r.lastUserText(), 1, Integer::sum);
        }
        return out;
    }
}
