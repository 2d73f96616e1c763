package io.sidebench.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.MemorySettings;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.metrics.MetricsCalculator;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.run.RetryPolicy;
import io.sidebench.logic.run.SchedulerSettings;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Retry this cell" through the real run engine against a loopback server: exactly the cell asked for is sent
 * again, and the status says what really happened.
 */
class CellRetryTest {
    @TempDir
    Path dir;
    private final StubLlmServer server = StubLlmServer.start();
    private DefaultModelClientFactory clients;
    private ProjectStore store;
    private Path file;
    private Run run;
    private ModelConfig fast;
    private ModelConfig flaky;
    private List<Prompt> prompts;
    private CompareViewModel vm;

    @BeforeEach
    void seed() throws Exception {
        clients = new DefaultModelClientFactory(new ApiKeyResolver(name -> null,
                new CredentialsStore(dir.resolve("credentials.properties"))), Duration.ofSeconds(10), null, null);
        file = dir.resolve("retry.sidebench");
        store = ProjectStore.create(file, "retry");
        PromptSet set = TestProjects.promptSet(store, "qa", List.of(Prompt.single("zh-1", "退货需要多久？", null),
                Prompt.single("zh-2", "可以开发票吗？", null)));
        prompts = store.promptSets().prompts(set.id());
        fast = TestProjects.openAi(store, "fast", server.openAiBaseUrl(), "fast-model");
        flaky = TestProjects.openAi(store, "flaky", server.openAiBaseUrl(), "flaky-model");
        run = store.runs().create(new Run(0, "r", set.id(), List.of(fast.id(), flaky.id()), 1, 7, RunStatus.FINISHED,
                Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:01:00Z")));
        for (Prompt p : prompts) {
            store.completions().save(ok(new CellKey(run.id(), p.id(), fast.id(), 0), "fast answer"));
        }
        store.completions().save(ok(new CellKey(run.id(), prompts.get(0).id(), flaky.id(), 0), "flaky answer"));
        store.completions().save(new Completion(0, failedCell(), CompletionStatus.ERROR, null, List.of(), null,
                "HTTP 500 from the server", Metrics.NONE, List.of(), false, 4, Instant.parse("2026-12-01T08:00:30Z")));
        MemorySettings settings = new MemorySettings();
        settings.put("annotator", "ann");
        SchedulerSettings once = SchedulerSettings.of(1, Duration.ofSeconds(10))
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
        vm = new CompareViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                new AppPreferences(settings), new EngineCellRetrier(store, () -> clients,
                        MetricsCalculator.withCl100k(), once));
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        clients.close();
        server.close();
    }

    private CellKey failedCell() {
        return new CellKey(run.id(), prompts.get(1).id(), flaky.id(), 0);
    }

    private static Completion ok(CellKey cell, String text) {
        return new Completion(0, cell, CompletionStatus.OK, text, List.of(text), null, null, Metrics.NONE, List.of(),
                false, 1, Instant.parse("2026-12-01T08:00:10Z"));
    }

    private GridRow failedRow() {
        return vm.view().stream().filter(r -> r.promptId() == prompts.get(1).id()).findFirst().orElseThrow();
    }

    @Test
    void retryOnAFailedCardSendsExactlyThatCellWhileAnotherCardIsSelected() throws Exception {
        server.script("flaky-model", StubScript.ok().answerText("可以，我们提供电子发票。"));
        vm.select(failedRow(), 0);
        assertThat(vm.selectedModelConfig()).isEqualTo(fast);

        vm.retry(prompts.get(1).id(), flaky.id());

        List<RecordedRequest> sent = server.chatRequests();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).model()).isEqualTo("flaky-model");
        assertThat(sent.get(0).lastUserText()).isEqualTo("可以开发票吗？");
        assertThat(vm.statusProperty().get()).isEqualTo("Answer received: flaky now answers prompt zh-2.");
        assertThat(vm.selectedModelConfig()).as("the retried card is selected").isEqualTo(flaky);
        store.close();
        try (ProjectStore reopened = ProjectStore.open(file)) {
            Completion now = reopened.completions().find(failedCell()).orElseThrow();
            assertThat(now.status()).isEqualTo(CompletionStatus.OK);
            assertThat(now.text()).isEqualTo("可以，我们提供电子发票。");
            assertThat(reopened.completions().find(new CellKey(run.id(), prompts.get(1).id(), fast.id(), 0))
                    .orElseThrow().text()).isEqualTo("fast answer");
        }
        store = ProjectStore.open(file);
    }

    @Test
    void aRetryThatFailsAgainSaysSoWithTheReason() {
        server.script("flaky-model", StubScript.status(503));
        vm.select(failedRow(), 0);

        vm.retry(prompts.get(1).id(), flaky.id());

        assertThat(server.chatRequests()).hasSize(1).allMatch(r -> r.model().equals("flaky-model"));
        assertThat(vm.statusProperty().get()).startsWith("flaky failed again on prompt zh-2: ")
                .contains("503").doesNotContain("now answers");
        assertThat(store.completions().find(failedCell()).orElseThrow().status()).isEqualTo(CompletionStatus.ERROR);
    }

    @Test
    void aCellThatAlreadyHasAnAnswerIsNotSentAgain() {
        vm.select(failedRow(), 1);
        vm.retry(prompts.get(1).id(), fast.id());
        assertThat(server.chatRequests()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing sent: fast already has an answer for prompt zh-2.");
    }
}
