package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and the command line on one project at once: writes from two processes (and two stores in one
 * process) are serialised by SQLite's lock and the busy timeout, nothing is lost or corrupted, and a lock held
 * longer than the busy timeout gives one clear line. The busy timeout is 10 s in the product; the lock test
 * uses the package-private {@link ProjectStore#open(Path, Duration)} hook to wait 300 ms instead.
 */
class ConcurrentProjectAccessTest {
    @TempDir
    Path dir;

    /** A project with one run of {@code n} completions; returns their ids. */
    private List<Long> projectWithCompletions(Path file, int n) {
        List<Long> ids = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(file, "shared")) {
            var set = store.promptSets().importSet("qa", "test", "test", sink -> {
                for (int i = 0; i < n; i++) {
                    sink.add(Prompt.single("q" + i, "question " + i, "answer " + i));
                }
            });
            ModelConfig model = store.models().add(new ModelConfig(0, "m", ProviderKind.OLLAMA, null, "m", null, null,
                    ModelParams.DEFAULTS, null));
            Run run = store.runs().create(new Run(0, "r", set.id(), List.of(model.id()), 1, 1, RunStatus.FINISHED,
                    Instant.now(), Instant.now()));
            for (Prompt p : store.promptSets().prompts(set.id())) {
                ids.add(store.completions().save(new Completion(0, new CellKey(run.id(), p.id(), model.id(), 0),
                        CompletionStatus.OK, "answer", List.of("answer"), null, null, Metrics.NONE, List.of(), false, 1,
                        Instant.now())).id());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static Annotation note(long completionId, String annotator, int i) {
        return new Annotation(completionId, annotator, Map.of("accuracy", (double) (i % 5 + 1)), List.of("t" + i),
                "comment " + i, Instant.now());
    }

    @Test
    void cliImportInAChildJvmWhileThisJvmAnnotates() throws Exception {
        Path file = dir.resolve("shared.sidebench");
        List<Long> completions = projectWithCompletions(file, 40);
        Path prompts = dir.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(prompts, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5000; i++) {
                w.write("{\"prompt\":\"imported question " + i + " with some words to make the row longer\"}\n");
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.sidebench.Launcher", "import", file.toString(),
                prompts.toString(), "--name", "big");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int written = 0;
        try (ProjectStore app = ProjectStore.open(file)) {
            // the "app" keeps annotating while the CLI imports; every write waits its turn
            while (child.isAlive() || written < completions.size()) {
                long id = completions.get(written % completions.size());
                app.annotations().save(note(id, "analyst-" + (written / completions.size()), written));
                written++;
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.annotations().count()).isEqualTo(written);
            assertThat(store.promptSets().find("big").orElseThrow().promptCount()).isEqualTo(5000);
            assertThat(store.completions().count()).isEqualTo(40);
        }
        System.out.printf("concurrency: %d annotations written while the CLI imported 5000 prompts%n", written);
    }

    @Test
    void twoStoresOnOneFileSerialiseTheirWrites() throws Exception {
        Path file = dir.resolve("two.sidebench");
        List<Long> completions = projectWithCompletions(file, 50);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try (ProjectStore app = ProjectStore.open(file); ProjectStore cli = ProjectStore.open(file)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (ProjectStore store : List.of(app, cli)) {
                String who = store == app ? "app" : "cli";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 300; i++) {
                        store.annotations().save(note(completions.get(i % 50), who + "-" + i / 50, i));
                    }
                    return 300;
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(300);
            }
            assertThat(app.annotations().count()).isEqualTo(600);
            assertThat(cli.annotations().count()).isEqualTo(600);
        } finally {
            pool.shutdownNow();
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutGivesOneClearLine() throws Exception {
        Path file = dir.resolve("locked.sidebench");
        List<Long> completions = projectWithCompletions(file, 3);
        try (ProjectStore app = SqliteProjectStore.open(file, Duration.ofMillis(300));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            st.execute("INSERT INTO meta(key, value) VALUES ('held', 'by the other program')");

            long started = System.nanoTime();
            assertThatThrownBy(() -> app.annotations().save(note(completions.get(0), "analyst", 1)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(file + ": the project is locked by another program (Sidebench app or CLI) for more "
                            + "than 300 ms; try again when it has finished");
            assertThat((System.nanoTime() - started) / 1e6).isGreaterThanOrEqualTo(250.0);

            st.execute("ROLLBACK");
            app.annotations().save(note(completions.get(0), "analyst", 1)); // works once the lock is gone
            assertThat(app.annotations().count()).isEqualTo(1);
            assertThat(app.integrityCheck()).isEqualTo("ok");
        }
    }
}
