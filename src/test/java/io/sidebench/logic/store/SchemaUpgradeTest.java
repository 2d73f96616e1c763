package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: a version 1 project opens upgraded with every completion identical. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersion1ProjectIsUpgradedWithEveryCompletionIdentical() throws Exception {
        Path file = dir.resolve("v1.sidebench");
        List<Completion> written = V1Projects.create(file, 120, 3, 42);
        List<Completion> v1 = readRaw(file, V1Projects::read);
        assertThat(v1).as("version 1 stores these completions faithfully").isEqualTo(written);
        assertThat(v1).anyMatch(c -> c.turnAnswers().size() == 3).anyMatch(c -> c.chunks().isEmpty())
                .anyMatch(c -> !c.isOk()).anyMatch(c -> c.text() == null)
                .anyMatch(c -> c.chunks().stream().anyMatch(k -> k.text().contains("你")))
                .anyMatch(c -> c.chunks().stream().anyMatch(k -> k.text().contains("🙂")))
                .anyMatch(c -> c.chunks().stream().anyMatch(k -> k.reasoning()));

        List<String> stages = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(file, (version, stage, done, total) ->
                stages.add(version + " " + stage + " " + done + "/" + total))) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            assertThat(store.integrityCheck()).isEqualTo("ok");
            List<Completion> back = store.completions().forRun(1, true);
            back.sort(Comparator.comparingLong(Completion::id));
            assertThat(back).isEqualTo(v1);
            for (Completion c : v1) {
                assertThat(store.completions().get(c.id())).contains(c);
                assertThat(store.completions().find(c.cell())).contains(c);
            }
            List<Completion> noChunks = store.completions().forRun(1, false);
            noChunks.sort(Comparator.comparingLong(Completion::id));
            assertThat(noChunks).isEqualTo(v1.stream().map(SchemaUpgradeTest::withoutChunks).toList());
            List<Long> prompts = store.promptSets().prompts(1).stream().map(Prompt::id).toList();
            assertThat(store.completions().forPrompts(1, prompts)).hasSize(v1.size());
        }
        assertThat(stages).first().isEqualTo("3 converting 0/360");
        assertThat(stages).contains("3 converting 360/360", "3 committing 0/0", "3 committed 0/0");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(columns(c)).contains("chunks").doesNotContain("chunks_json");
            long singles = v1.stream().filter(k -> k.text() != null && k.turnAnswers().equals(List.of(k.text())))
                    .count();
            assertThat(count(c, "SELECT count(*) FROM completion WHERE turn_answers IS NULL"))
                    .isEqualTo(singles + v1.stream().filter(k -> k.text() == null && k.turnAnswers().isEmpty()).count())
                    .isGreaterThan(200);
            assertThat(count(c, "PRAGMA user_version")).isEqualTo(3);
        }
        try (ProjectStore again = ProjectStore.open(file)) {
            assertThat(again.completions().forRun(1, true)).hasSize(v1.size());
        }
    }

    @Test
    void twoProgramsOpeningAVersion1ProjectAtOnceUpgradeItOnce() throws Exception {
        Path file = dir.resolve("both.sidebench");
        List<Completion> written = V1Projects.create(file, 200, 2, 8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<String> conversions = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Completion>>> opened = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(pool.submit(() -> {
                    go.await();
                    try (ProjectStore store = ProjectStore.open(file, (v, stage, done, total) -> {
                        if (stage.equals("converting") && done == 0) {
                            conversions.add(stage);
                        }
                    })) {
                        List<Completion> all = store.completions().forRun(1, true);
                        all.sort(Comparator.comparingLong(Completion::id));
                        return all;
                    }
                }));
            }
            go.countDown();
            for (var f : opened) {
                assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(written);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(conversions).hasSize(1);
    }

    @Test
    void aVersion2ProjectOpensAtVersion3WithAttemptsKeptAndNothingMeasuredInvented() throws Exception {
        Path file = dir.resolve("v2.sidebench");
        long runId;
        try (ProjectStore store = SqliteProjectStore.create(file, "v2 project", 2)) {
            runId = V1Projects.createRun(store, 3, 1).id();
            long prompt = store.promptSets().prompts(1).get(0).id();
            long model = store.models().list().get(0).id();
            store.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO completion(run_id, prompt_id, model_id, "
                        + "repeat, status, text, attempts, finished_at) VALUES (?, ?, ?, 0, 'OK', '答案', 3, "
                        + "'2026-11-01T10:00:00Z')")) {
                    ps.setLong(1, 1);
                    ps.setLong(2, prompt);
                    ps.setLong(3, model);
                    return ps.executeUpdate();
                }
            });
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            Completion c = store.completions().forRun(runId, true).get(0);
            assertThat(c.text()).isEqualTo("答案");
            assertThat(c.attempts()).isEqualTo(3);
            assertThat(c.retries()).as("read as attempts - 1 when not recorded").isEqualTo(2);
            assertThat(c.backoffMs()).isNull();
            assertThat(c.wallMs()).isNull();
            assertThat(store.runs().get(runId).orElseThrow().notes()).isNull();
            store.runs().describe(runId, "baseline 基线", "first try\nwith a 500 every third request");
            assertThat(store.runs().get(runId).orElseThrow().name()).isEqualTo("baseline 基线");
            // a resume answering the cell again adds its effort to what the cell already took
            store.completions().save(new Completion(0, c.cell(), c.status(), "again", List.of("again"), null, null,
                    null, List.of(), false, 2, java.time.Instant.now(), 1, 250L, 900.0));
            Completion again = store.completions().find(c.cell()).orElseThrow();
            assertThat(again.attempts()).isEqualTo(5);
            assertThat(again.retries()).isEqualTo(3);
            assertThat(again.backoffMs()).isEqualTo(250L);
            assertThat(again.wallMs()).isEqualTo(900.0);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.runs().get(runId).orElseThrow().notes()).isEqualTo("first try\nwith a 500 every third request");
        }
    }

    @Test
    void aNewProjectHasTheVersion2CompletionTable() throws Exception {
        Path file = dir.resolve("new.sidebench");
        ProjectStore.create(file, "t").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(columns(c)).contains("chunks", "turn_answers").doesNotContain("chunks_json");
            assertThat(count(c, "PRAGMA user_version")).isEqualTo(ProjectStore.latestSchemaVersion()).isEqualTo(3);
        }
    }

    @Test
    void version2StoresEveryShapeOfCompletionIdentically() throws Exception {
        Random random = new Random(99);
        try (ProjectStore store = ProjectStore.create(dir.resolve("v2.sidebench"), "t")) {
            V1Projects.createRun(store, 40, 1);
            for (Prompt p : store.promptSets().prompts(1)) {
                for (int repeat = 0; repeat < 3; repeat++) {
                    CellKey cell = new CellKey(1, p.id(), 1, repeat);
                    Completion saved = store.completions().save(VariedCompletions.next(random, cell,
                            1 + repeat, true));
                    assertThat(store.completions().get(saved.id())).contains(saved);
                }
            }
        }
    }

    @Test
    void aFailedUpgradeLeavesTheVersion1FileAsItWas() throws Exception {
        Path file = dir.resolve("bad.sidebench");
        List<Completion> written = V1Projects.create(file, 20, 2, 5);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE completion SET chunks_json = '[{\"atMs\": oops' "
                     + "WHERE id = ?")) {
            ps.setLong(1, written.get(30).id());
            ps.executeUpdate();
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("completion " + written.get(30).id());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(count(c, "PRAGMA user_version")).isEqualTo(1);
            assertThat(columns(c)).contains("chunks_json").doesNotContain("chunks");
            assertThat(count(c, "SELECT count(*) FROM completion")).isEqualTo(written.size());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anUpgradeCommittedToTheLogButNotYetToTheFileIsNotRunTwice() throws Exception {
        Path file = dir.resolve("v1.sidebench");
        List<Completion> written = V1Projects.create(file, 30, 2, 3);
        Path copy = dir.resolve("copy.sidebench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint = 0");
            }
            c.setAutoCommit(false);
            Migrations.migrate(c, 1, 2, MigrationListener.NONE);
            c.commit();
            // a kill now: the new version is in the write-ahead log only, the file's header still says 1
            Files.copy(file, copy);
            Files.copy(Path.of(file + "-wal"), Path.of(copy + "-wal"));
        }
        assertThat(java.nio.ByteBuffer.wrap(Files.readAllBytes(copy)).getInt(60)).isEqualTo(1);
        try (ProjectStore store = ProjectStore.open(copy)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            List<Completion> back = store.completions().forRun(1, true);
            back.sort(Comparator.comparingLong(Completion::id));
            assertThat(back).isEqualTo(written);
        }
    }

    @Test
    void aNewerVersionInTheLogOnlyIsStillRefused() throws Exception {
        Path file = dir.resolve("p.sidebench");
        ProjectStore.create(file, "t").close();
        Path copy = dir.resolve("newer.sidebench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("PRAGMA user_version = 4");
            Files.copy(file, copy);
            Files.copy(Path.of(file + "-wal"), Path.of(copy + "-wal"));
        }
        assertThatThrownBy(() -> ProjectStore.open(copy)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Sidebench (schema version 4; this version reads up to 3)");
    }

    @Test
    void aCheckpointKilledAfterPage1IsFinishedOnOpenNotRefusedAsTruncated() throws Exception {
        Path file = dir.resolve("grow.sidebench");
        ProjectStore.create(file, "t").close();
        Path torn = dir.resolve("torn.sidebench");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                    + "INSERT INTO meta(key, value) SELECT 'k' || i, hex(randomblob(2000)) FROM n");
            Files.copy(file, torn);
            Files.copy(Path.of(file + "-wal"), Path.of(torn + "-wal"));
        }
        // the checkpoint copied page 1 (which now counts the new pages) and was killed before the others
        byte[] wal = Files.readAllBytes(Path.of(torn + "-wal"));
        int pageSize = java.nio.ByteBuffer.wrap(wal).getInt(8);
        byte[] page1 = null;
        for (int frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
            if (java.nio.ByteBuffer.wrap(wal).getInt(frame) == 1) {
                page1 = java.util.Arrays.copyOfRange(wal, frame + 24, frame + 24 + pageSize);
            }
        }
        assertThat(page1).isNotNull();
        try (var out = java.nio.channels.FileChannel.open(torn, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(page1), 0);
        }
        var header = java.nio.ByteBuffer.wrap(Files.readAllBytes(torn));
        assertThat((long) header.getInt(28) * pageSize).as("header counts pages past the end")
                .isGreaterThan(Files.size(torn));
        assertThat(header.getInt(92)).isEqualTo(header.getInt(24));
        Path withoutLog = Files.copy(torn, dir.resolve("without-log.sidebench"));
        try (ProjectStore store = ProjectStore.open(torn)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.meta().title()).isEqualTo("t");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + torn)) {
            assertThat(count(c, "SELECT count(*) FROM meta WHERE key LIKE 'k%'")).isEqualTo(300);
        }
        // without its log the same file really is truncated
        assertThatThrownBy(() -> ProjectStore.open(withoutLog)).hasMessageContaining("truncated");
    }

    private static Completion withoutChunks(Completion c) {
        return new Completion(c.id(), c.cell(), c.status(), c.text(), c.turnAnswers(), c.reasoning(), c.error(),
                c.metrics(), List.of(), c.cached(), c.attempts(), c.finishedAt());
    }

    interface Read<T> {
        T from(Connection c) throws Exception;
    }

    static <T> T readRaw(Path file, Read<T> read) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return read.from(c);
        }
    }

    static List<String> columns(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info('completion')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
