package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.StoreRows;
import io.sidebench.logic.store.VariedCompletions;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Objectives;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.StoreKind;
import io.sidebench.testsupport.TeamDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish FILE URL and checkout URL FILE copy every row, ids included: the round trip changes nothing. */
class PublishCheckoutTest {
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

    @Test
    void publishCheckoutPublishLeavesEveryRowIdentical() throws Exception {
        Path file = dir.resolve("original.sidebench");
        try (ProjectStore store = ProjectStore.create(file, "Triage 分诊")) {
            fill(store, new Random(17));
        }
        String teamA = TeamDatabase.newUrl();
        Path checkedOut = dir.resolve("checked-out.sidebench");
        String teamB = TeamDatabase.newUrl();

        Result publish = cli("publish", file.toString(), teamA);
        assertThat(publish.code()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("Published").contains("120 answers").contains("3 annotations");
        Result checkout = cli("checkout", teamA, checkedOut.toString());
        assertThat(checkout.code()).as(checkout.err()).isZero();
        Result again = cli("publish", checkedOut.toString(), teamB);
        assertThat(again.code()).as(again.err()).isZero();

        Map<String, List<List<String>>> original;
        try (ProjectStore store = StoreKind.open(file.toString())) {
            original = StoreRows.dump(store);
        }
        assertThat(original.get("completion")).hasSize(120);
        for (String copy : List.of(teamA, checkedOut.toString(), teamB)) {
            try (ProjectStore store = StoreKind.open(copy)) {
                Map<String, List<List<String>>> rows = StoreRows.dump(store);
                for (String table : original.keySet()) {
                    assertThat(rows.get(table)).as(copy + " " + table).isEqualTo(original.get(table));
                }
                assertThat(store.integrityCheck()).isEqualTo("ok");
            }
        }
        // new rows in a copy get new ids after the copied ones
        try (ProjectStore store = StoreKind.open(teamB)) {
            ModelConfig added = store.models().add(model("later"));
            assertThat(added.id()).isGreaterThan(3);
        }
    }

    @Test
    void publishingOverAnExistingTeamProjectIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("p.sidebench");
        ProjectStore.create(file, "p").close();
        String team = TeamDatabase.newUrl();
        assertThat(cli("publish", file.toString(), team).code()).isZero();
        Result second = cli("publish", file.toString(), team);
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("already exists");
        Path existing = dir.resolve("exists.sidebench");
        Files.writeString(existing, "keep me");
        Result checkout = cli("checkout", team, existing.toString());
        assertThat(checkout.code()).isEqualTo(1);
        assertThat(checkout.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() throws Exception {
        Path file = dir.resolve("p.sidebench");
        ProjectStore.create(file, "p").close();
        String team = TeamDatabase.newUrl().replace("postgres@", "postgres:s3cret-pw@");
        Result publish = cli("publish", file.toString(), team);
        assertThat(publish.code()).as(publish.err()).isZero();
        assertThat(publish.out() + publish.err()).doesNotContain("s3cret-pw");
        Result info = cli("info", team);
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out() + info.err()).doesNotContain("s3cret-pw").contains("project=");
    }

    private static ModelConfig model(String name) {
        return new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1", name,
                "OPENAI_API_KEY", null, ModelParams.DEFAULTS.withTemperature(0.25), null);
    }

    /** Prompts, 3 models, a run of 120 varied answers, scores, two annotators on one answer, votes, cache. */
    static void fill(ProjectStore store, Random r) throws Exception {
        store.meta().saveObjectives(new Objectives("Triage 分诊", "Pick a model", "Be right",
                List.of(RubricDimension.numeric("accuracy", 1, 5), RubricDimension.passFail("safety"))));
        store.meta().put("custom.key", "値 👋");
        PromptSet set = store.promptSets().importSet("s", "s.jsonl", "jsonl", sink -> {
            for (int i = 0; i < 20; i++) {
                sink.add(Prompt.single("k" + i, "question " + i + " 你好 👋", i % 3 == 0 ? null : "ref " + i));
            }
        });
        List<Prompt> prompts = store.promptSets().prompts(set.id());
        List<ModelConfig> models = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            models.add(store.models().add(model(name)));
        }
        Run run = store.runs().create(new Run(0, "r1", set.id(), models.stream().map(ModelConfig::id).toList(), 2,
                42, RunStatus.FINISHED, Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"),
                "notes ✎"));
        List<Completion> saved = new ArrayList<>();
        for (Prompt p : prompts) {
            for (ModelConfig m : models) {
                for (int rep = 0; rep < 2; rep++) {
                    saved.add(store.completions().save(VariedCompletions.next(r,
                            new CellKey(run.id(), p.id(), m.id(), rep), 1 + r.nextInt(2), true)));
                }
            }
        }
        store.scores().save(new Score(saved.get(0).id(), "rougeL", 0.123456789012345, null, "h1"));
        store.scores().save(new Score(saved.get(1).id(), "length", null, "not applicable", "h2"));
        store.annotations().save(new Annotation(saved.get(0).id(), "alice", Map.of("accuracy", 4.0), List.of("good"),
                "fine", Instant.parse("2026-11-02T08:00:00Z")));
        store.annotations().save(new Annotation(saved.get(0).id(), "bob", Map.of("accuracy", 2.0), List.of(), null,
                Instant.parse("2026-11-02T08:01:00Z")));
        store.annotations().save(new Annotation(saved.get(3).id(), "alice", Map.of("safety", 1.0), List.of("x", "y"),
                "多", Instant.parse("2026-11-02T08:02:00Z")));
        store.votes().add(new Vote(0, run.id(), prompts.get(0).id(), saved.get(0).id(), saved.get(2).id(),
                models.get(0).id(), models.get(1).id(), VoteOutcome.LEFT, "alice", false,
                Instant.parse("2026-11-02T09:00:00Z")));
        store.votes().add(new Vote(0, run.id(), prompts.get(0).id(), saved.get(0).id(), saved.get(2).id(),
                models.get(0).id(), models.get(1).id(), VoteOutcome.TIE, "judge-x", true,
                Instant.parse("2026-11-02T09:01:00Z")));
        store.cache().put("key-1", "{\"text\":\"cached 👋\"}");
    }
}
