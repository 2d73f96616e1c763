package io.sidebench.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.run.RunResult;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run screen's model against a loopback server: retries shown, live lanes true, cancel and resume, runs named. */
class RunViewModelRunsTest {
    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();
    private final DefaultModelClientFactory clients = DefaultModelClientFactory.standard();

    @AfterEach
    void close() {
        server.close();
    }

    private ProjectStore project(String name, int prompts, String... models) throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve(name + ".sidebench"), name);
        store.promptSets().importSet("en", "en.jsonl", "jsonl", sink -> {
            for (int i = 1; i <= prompts; i++) {
                sink.add(Prompt.single("en-" + i, "Question " + i + "?", "Answer " + i + "."));
            }
        });
        for (String m : models) {
            store.models().add(new ModelConfig(0, m, ProviderKind.OPENAI_COMPATIBLE, server.openAiBaseUrl(), m, null,
                    null, null, null));
        }
        return store;
    }

    private RunViewModel vm(ProjectStore store, RunSelections selections) {
        RunViewModel vm = new RunViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                () -> clients, selections);
        vm.load();
        return vm;
    }

    @Test
    void retriesAppearPerModelAndEveryLaneEndsWithTheStoredAnswerOfTheCellItNames() throws Exception {
        // every third request fails: alternately a 500, and a stream that breaks off after two pieces
        AtomicInteger count = new AtomicInteger();
        Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
        server.defaultScript(StubScript.ok().ttft(5).tokens(6));
        server.responder(r -> {
            int n = count.incrementAndGet();
            if (n % 3 != 0) {
                return null;
            }
            faults.computeIfAbsent(r.model(), m -> new AtomicInteger()).incrementAndGet();
            return n % 6 == 0 ? StubScript.ok().ttft(5).tokens(6).resetAfter(2) : StubScript.serverError();
        });
        try (ProjectStore store = project("retries", 8, "fast", "other")) {
            RunViewModel vm = vm(store, new RunSelections());
            vm.concurrencyProperty().set(3);
            vm.start();
            RunResult result = vm.finished().get(120, TimeUnit.SECONDS);

            assertThat(result.ok()).isEqualTo(16);
            int sent = faults.values().stream().mapToInt(AtomicInteger::get).sum();
            assertThat(sent).isPositive();
            assertThat(result.retries()).isEqualTo(sent);
            assertThat(vm.summaryProperty().get()).isEqualTo("16 of 16 done \u00B7 0 errors \u00B7 " + sent
                    + " retries \u00B7 0 cached").doesNotContain("ETA");
            for (ModelProgressRow row : vm.progress()) {
                String model = store.models().get(row.modelId()).orElseThrow().model();
                int seen = faults.getOrDefault(model, new AtomicInteger()).get();
                assertThat(row.retriesProperty().get()).as(model).isEqualTo(seen);
                assertThat(row.detailProperty().get()).as(model)
                        .isEqualTo("8/8 \u00B7 0 errors \u00B7 " + (8 + seen) + " attempts, " + seen + " retries");
            }
            assertThat(vm.statusProperty().get()).contains("finished").contains(sent + " retries");

            Map<String, Long> promptIds = store.promptSets().prompts(1).stream()
                    .collect(Collectors.toMap(Prompt::key, Prompt::id));
            for (LiveLane lane : vm.lanes()) {
                assertThat(lane.doneProperty().get()).isTrue();
                String key = lane.promptProperty().get().replace("Prompt ", "");
                Completion stored = store.completions().find(new io.sidebench.model.CellKey(result.run().id(),
                        promptIds.get(key), lane.modelId(), 0)).orElseThrow();
                assertThat(lane.textProperty().get()).as(lane.promptProperty().get()).isEqualTo(stored.text());
            }
        }
    }

    @Test
    void aCancelledRunIsResumedFromTheScreenAndItsCellsInFlightAreNotErrors() throws Exception {
        server.script("steady", StubScript.ok().ttft(5).tokens(4)).script("silent", StubScript.hang());
        try (ProjectStore store = project("cancel", 4, "steady", "silent")) {
            RunViewModel vm = vm(store, new RunSelections());
            assertThat(vm.canResumeProperty().get()).isFalse();
            vm.nameProperty().set("first try");
            vm.notesProperty().set("silent hangs");
            // both models sit on one loopback endpoint: run them side by side (isolation would queue one after the
            // other) with room for every hanging request
            vm.limits().isolationProperty().set(io.sidebench.logic.run.Isolation.OFF);
            vm.concurrencyProperty().set(16);
            java.util.concurrent.CountDownLatch steadyDone = new java.util.concurrent.CountDownLatch(1);
            vm.progress().addListener((javafx.collections.ListChangeListener<ModelProgressRow>) c ->
                    vm.progress().get(0).detailProperty().addListener((o, old, now) -> {
                        if (now.startsWith("4/4")) {
                            steadyDone.countDown();
                        }
                    }));
            vm.start();
            assertThat(steadyDone.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.awaitRequests(8, java.time.Duration.ofSeconds(60))).as("the silent model holds requests").isTrue();
            vm.cancel();
            RunResult cancelled = vm.finished().get(60, TimeUnit.SECONDS);

            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.errors()).as("cells stopped in flight are not errors").isZero();
            assertThat(cancelled.interrupted()).isPositive();
            assertThat(vm.summaryProperty().get()).doesNotContain("ETA").contains("0 errors")
                    .contains("stopped by the cancel");
            assertThat(vm.statusProperty().get()).contains("cancelled").contains("Resume");
            Run run = vm.history().selectedProperty().get();
            assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(run.name()).isEqualTo("first try");
            assertThat(run.notes()).isEqualTo("silent hangs");
            assertThat(vm.canResumeProperty().get()).as("Resume is enabled for the cancelled run").isTrue();

            server.script("silent", StubScript.ok().ttft(5).tokens(4));
            vm.resume();
            RunResult resumed = vm.finished().get(60, TimeUnit.SECONDS);
            assertThat(resumed.run().id()).isEqualTo(run.id());
            assertThat(resumed.alreadyDone()).isEqualTo(4);
            assertThat(resumed.ok()).isEqualTo(4);
            assertThat(resumed.run().status()).isEqualTo(RunStatus.FINISHED);
            assertThat(store.completions().forRun(run.id(), false)).hasSize(8).allMatch(Completion::isOk);
            assertThat(vm.canResumeProperty().get()).isFalse();
            assertThat(vm.summaryProperty().get()).startsWith("8 of 8 done").doesNotContain("ETA");
        }
    }

    @Test
    void theChoicesSurviveTheScreenBeingBuiltAgain() throws Exception {
        try (ProjectStore store = project("choices", 2, "a", "b", "c")) {
            store.promptSets().importSet("zh", "zh.jsonl", "jsonl", sink -> sink.add(Prompt.single("zh-1", "你好", null)));
            RunSelections session = new RunSelections();
            RunViewModel first = vm(store, session);
            first.setProperty().set(first.sets().get(0));
            first.models().get(1).chosenProperty().set(false);
            first.repeatsProperty().set(3);
            first.concurrencyProperty().set(7);
            first.nameProperty().set("名字");

            RunViewModel rebuilt = vm(store, session); // what switching the language builds
            assertThat(rebuilt.setProperty().get().name()).isEqualTo("en");
            assertThat(rebuilt.models()).extracting(m -> m.chosenProperty().get()).containsExactly(true, false, true);
            assertThat(rebuilt.repeatsProperty().get()).isEqualTo(3);
            assertThat(rebuilt.concurrencyProperty().get()).isEqualTo(7);
            assertThat(rebuilt.nameProperty().get()).isEqualTo("名字");
        }
    }

    @Test
    void runsAreListedNewestFirstAndTheirNameAndNotesCanBeEdited() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("named.sidebench"), "N")) {
            store.promptSets().importSet("s", "x", "jsonl", sink -> sink.add(Prompt.single("k", "Q?", "A.")));
            store.models().add(new ModelConfig(0, "reference", ProviderKind.BASELINE_REFERENCE, null, null, null, null,
                    null, null));
            RunViewModel vm = vm(store, new RunSelections());
            vm.start();
            vm.finished().get(30, TimeUnit.SECONDS);
            vm.nameProperty().set("second");
            vm.start();
            vm.finished().get(30, TimeUnit.SECONDS);

            assertThat(vm.history().runs()).extracting(Run::id).containsExactly(2L, 1L);
            assertThat(vm.history().runs()).extracting(Run::name).containsExactly("second", "run of s");
            assertThat(RunLabels.of(new Messages(Locale.ENGLISH), vm.history().runs().get(0)))
                    .startsWith("Run 2 \u00B7 second \u00B7 finished \u00B7 ");
            vm.history().selectedProperty().set(vm.history().runs().get(1));
            vm.history().nameProperty().set("baseline 基线");
            vm.history().notesProperty().set("reference answers only");
            vm.history().saveDescription();
            Run first = store.runs().get(1).orElseThrow();
            assertThat(first.name()).isEqualTo("baseline 基线");
            assertThat(first.notes()).isEqualTo("reference answers only");
            assertThat(vm.history().selectedProperty().get().name()).isEqualTo("baseline 基线");
            assertThat(vm.statusProperty().get()).isEqualTo("Run 1: name and notes saved.");
        }
    }

    @Test
    void aFullDiskSaysSoOnTheRunScreenWithTheAnswersKeptAndResumeContinues() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("full.sidebench"), "Full")) {
            store.promptSets().importSet("s", "x", "jsonl", sink -> {
                for (int i = 0; i < 300; i++) {
                    sink.add(Prompt.single("k" + i, "Q" + i + "?", "答案 " + i + " " + "x".repeat(600)));
                }
            });
            store.models().add(new ModelConfig(0, "reference", ProviderKind.BASELINE_REFERENCE, null, null, null, null,
                    null, null));
            RunViewModel vm = vm(store, new RunSelections());
            limitGrowth(store, 12);
            vm.start();
            assertThat(catchFailure(vm)).isTrue();
            int kept = store.completions().finishedCells(1).size();
            assertThat(kept).isPositive().isLessThan(300);
            assertThat(vm.statusProperty().get()).contains("the disk is full").contains(kept + " answers are safe")
                    .contains("Resume").doesNotContain("no transaction is active");
            assertThat(store.integrityCheck()).isEqualTo("ok");

            // a GUI write that does not fit either: saving long notes
            vm.history().reload(1L);
            vm.history().notesProperty().set("长".repeat(200_000));
            vm.history().saveDescription();
            assertThat(vm.statusProperty().get()).contains("the disk is full").contains("everything saved before is safe");

            limitGrowth(store, 100_000);
            vm.history().reload(1L);
            assertThat(vm.canResumeProperty().get()).isTrue();
            vm.resume();
            RunResult resumed = vm.finished().get(60, TimeUnit.SECONDS);
            assertThat(resumed.alreadyDone()).isEqualTo(kept);
            assertThat(store.completions().finishedCells(1)).hasSize(300);
        }
    }

    private static boolean catchFailure(RunViewModel vm) throws Exception {
        try {
            vm.finished().get(60, TimeUnit.SECONDS);
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    private static void limitGrowth(ProjectStore store, int pages) {
        store.inTransaction(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                int now = rs.getInt(1);
                st.execute("PRAGMA max_page_count = " + (now + pages));
            }
            return null;
        });
    }
}
