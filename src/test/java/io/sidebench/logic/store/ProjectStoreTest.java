package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Objectives;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import io.sidebench.testsupport.StoreKind;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    @TempDir
    Path dir;

    @Test
    void createsAProjectWithWalForeignKeysAndSchemaVersion() throws Exception {
        Path file = dir.resolve("p.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Pick a model")) {
            assertThat(store.meta().title()).isEqualTo("Pick a model");
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.latestSchemaVersion());
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            rs = st.executeQuery("PRAGMA user_version");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ProjectStore.latestSchemaVersion());
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.meta().title()).isEqualTo("Pick a model");
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("x.sidebench"), "hello");
        assertThatThrownBy(() -> ProjectStore.create(file, "t")).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("hello");
    }

    @Test
    void refusesTextFileUntouched() throws IOException {
        assertRefusedUntouched(Files.writeString(dir.resolve("a.sidebench"), "not a database at all, just text ".repeat(10)),
                "not a Sidebench project");
    }

    @Test
    void refusesEmptyFileUntouched() throws IOException {
        assertRefusedUntouched(Files.write(dir.resolve("e.sidebench"), new byte[0]), "empty");
    }

    @Test
    void refusesForeignSqliteDatabaseUntouched() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        assertRefusedUntouched(file, "another application");
    }

    @Test
    void refusesNewerVersionUntouched() throws Exception {
        Path file = dir.resolve("newer.sidebench");
        ProjectStore.create(file, "t").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
            st.execute("PRAGMA journal_mode = DELETE");
        }
        assertRefusedUntouched(file, "newer Sidebench");
    }

    @Test
    void refusesTruncatedFileUntouched() throws Exception {
        Path file = dir.resolve("trunc.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "t")) {
            store.models().add(new ModelConfig(0, "m", ProviderKind.OLLAMA, null, "x", null, null, null, null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));
        assertRefusedUntouched(file, "corrupt");
    }

    @Test
    void refusesGarbageAfterHeaderUntouched() throws Exception {
        Path file = dir.resolve("garbage.sidebench");
        ProjectStore.create(file, "t").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = Short.toUnsignedInt(ByteBuffer.wrap(bytes).getShort(16));
        Arrays.fill(bytes, 100, pageSize, (byte) 0x5A); // smash the schema page after the header
        Files.write(file, bytes);
        assertRefusedUntouched(file, "corrupt");
    }

    private static void assertRefusedUntouched(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(reason).hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
    }

    @Test
    void upgradesAnOlderSchemaVersionInPlace() throws Exception {
        Path file = dir.resolve("old.sidebench");
        SqliteProjectStore.create(file, "t", 1).close();
        // A file written by a version whose schema is older than ours opens and comes out at the latest
        // (SchemaUpgradeTest checks the data).
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(ProjectStore.latestSchemaVersion());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void storesEverythingARunProduces(StoreKind kind) throws Exception {
        try (ProjectStore store = kind.create(dir, "t")) {
            store.meta().saveObjectives(new Objectives("Title", "Goal", "Criteria",
                    List.of(RubricDimension.numeric("accuracy", 1, 5), RubricDimension.passFail("safety"))));
            var set = store.promptSets().importSet("s", "file.jsonl", "jsonl", sink -> {
                sink.add(Prompt.single("a", "你好 👋", "hi"));
                sink.add(new Prompt(0, "b", 0, "sys", List.of(new Turn("one", "r1"), Turn.of("two")), "cat",
                        Map.of("x", "1"), List.of()));
            });
            assertThat(set.promptCount()).isEqualTo(2);
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            assertThat(prompts.get(0).firstUserText()).isEqualTo("你好 👋");
            assertThat(prompts.get(1).turns()).hasSize(2);
            assertThat(prompts.get(1).variables()).containsEntry("x", "1");

            ModelConfig m = store.models().add(new ModelConfig(0, "m1", ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", "gpt", "OPENAI_API_KEY", null, ModelParams.DEFAULTS.withTemperature(0.0), null));
            Run run = store.runs().create(new Run(0, "r", set.id(), List.of(m.id()), 1, 42, RunStatus.RUNNING,
                    Instant.now(), null));
            CellKey cell = new CellKey(run.id(), prompts.get(0).id(), m.id(), 0);
            Completion failed = store.completions().save(new Completion(0, cell, CompletionStatus.ERROR, "part",
                    List.of("part"), null, "reset", Metrics.NONE, List.of(new Chunk(10, "part", false)), false, 1, null));
            assertThat(store.completions().finishedCells(run.id())).isEmpty();
            Completion ok = store.completions().save(new Completion(0, cell, CompletionStatus.OK, "hello",
                    List.of("hello"), "think", null, new Metrics(50.0, 60.0, 100.0, 3, 2, false, 50.0, 50.0, 50.0, 20.0,
                    50.0, 0.001), List.of(new Chunk(50, "hel", true), new Chunk(100, "lo", false)), false, 1, null));
            assertThat(ok.id()).isEqualTo(failed.id());
            Completion back = store.completions().find(cell).orElseThrow();
            assertThat(back.text()).isEqualTo("hello");
            assertThat(back.attempts()).isEqualTo(2);
            assertThat(back.metrics().ttftMs()).isEqualTo(50.0);
            assertThat(back.chunks()).hasSize(2);
            assertThat(store.completions().finishedCells(run.id())).containsExactly(cell);

            store.scores().save(new Score(ok.id(), "rougeL", 0.5, null, "h"));
            store.annotations().save(new Annotation(ok.id(), "ann", Map.of("accuracy", 4.0), List.of("good"), "c", null));
            store.votes().add(new Vote(0, run.id(), prompts.get(0).id(), ok.id(), ok.id(), m.id(), m.id(),
                    VoteOutcome.TIE, "ann", false, null));
            assertThat(store.scores().forRun(run.id())).hasSize(1);
            assertThat(store.annotations().forRun(run.id()).get(0).ratings()).containsEntry("accuracy", 4.0);
            assertThat(store.votes().forRun(run.id())).hasSize(1);
            assertThatThrownBy(() -> store.models().remove("m1")).hasMessageContaining("used by");
            assertThat(store.meta().objectives().rubric()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aFailedImportWritesNothing(StoreKind kind) throws Exception {
        try (ProjectStore store = kind.create(dir, "t")) {
            assertThatThrownBy(() -> store.promptSets().importSet("s", "f", "csv", sink -> {
                sink.add(Prompt.single("a", "q", null));
                throw new java.io.IOException("f.csv:2: bad quoting");
            })).isInstanceOf(java.io.IOException.class).hasMessage("f.csv:2: bad quoting");
            assertThat(store.promptSets().list()).isEmpty();
            assertThat(store.promptSets().find("s")).isEmpty();
        }
    }
}
