package io.sidebench.logic.answers;

import static io.sidebench.logic.answers.AnswerTestSupport.answers;
import static io.sidebench.logic.answers.AnswerTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Metrics;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.RunStatus;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching answers to prompts, the one-transaction rule and the imported-run mark. */
class AnswerImportServiceTest {
    @TempDir
    Path dir;

    ProjectStore store;
    final AnswerImportService service = new AnswerImportService(AnswerImporters.standard());

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(dir.resolve("p.sidebench"), "answers");
        TestProjects.promptSet(store, "qa", List.of(
                io.sidebench.model.Prompt.single("q1", "What is  2+2?", "4"),
                io.sidebench.model.Prompt.single("q2", "把这句话翻译成英文：你好", "Hello"),
                TestProjects.multiTurn("q3", "Write a poem.", "Now shorten it.")));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private AnswerImportService.Result importFile(Path file) throws Exception {
        return service.importFile(store, file, AnswerOptions.defaults());
    }

    @Test
    void matchesByIdElseByWhitespaceNormalisedTextAndMarksTheRunAsImported() throws Exception {
        Path file = write(dir, "a.jsonl", """
                {"prompt_id": "q1", "model": "gpt-4o", "answer": "4"}
                {"prompt": "  What is 2+2? ", "model": "deepseek-v3", "answer": "Four", "latency_ms": 1200, "output_tokens": 3}
                {"prompt": "把这句话翻译成英文：你好", "model": "gpt-4o", "answer": "Hello"}
                {"prompt_id": "q3", "model": "gpt-4o", "answer": ["A poem", "Short"]}
                """);
        AnswerImportService.Result r = importFile(file);

        assertThat(r.answers()).isEqualTo(4);
        assertThat(r.models()).isEqualTo(2);
        assertThat(answers(store, r.runId())).containsExactly(
                java.util.Map.entry("q1|deepseek-v3", List.of("Four")),
                java.util.Map.entry("q1|gpt-4o", List.of("4")),
                java.util.Map.entry("q2|gpt-4o", List.of("Hello")),
                java.util.Map.entry("q3|gpt-4o", List.of("A poem", "Short")));
        var run = store.runs().get(r.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.modelIds()).hasSize(2);
        assertThat(store.models().find("gpt-4o").orElseThrow().provider()).isEqualTo(ProviderKind.IMPORTED);
        ImportedRun mark = ImportedRun.find(store, r.runId()).orElseThrow();
        assertThat(mark.sourceFile()).isEqualTo("a.jsonl");
        assertThat(mark.format()).isEqualTo("long");
        assertThat(mark.speedFromFile()).isTrue();
        assertThat(mark.speedLabel()).contains("not measured by Sidebench");
        Completion deepseek = store.completions().forRun(r.runId(), false).stream()
                .filter(c -> c.text().equals("Four")).findFirst().orElseThrow();
        assertThat(deepseek.metrics().e2eMs()).isEqualTo(1200.0);
        assertThat(deepseek.metrics().outputTokens()).isEqualTo(3);
        Completion gpt = store.completions().forRun(r.runId(), false).stream()
                .filter(c -> c.text().equals("4")).findFirst().orElseThrow();
        assertThat(gpt.metrics()).isEqualTo(Metrics.NONE);
    }

    @Test
    void answersGivenTurnByTurnAreJoined() throws Exception {
        Path file = write(dir, "turns.csv", """
                prompt_id,model,turn,answer
                q3,qwen,2,"Short, 短"
                q3,qwen,1,"A poem
                over two lines"
                """);
        AnswerImportService.Result r = importFile(file);
        assertThat(answers(store, r.runId())).containsExactly(
                java.util.Map.entry("q3|qwen", List.of("A poem\nover two lines", "Short, 短")));
    }

    @Test
    void everyProblemIsListedWithItsLineAndNothingIsWritten() throws Exception {
        Path file = write(dir, "bad.jsonl", """
                {"prompt_id": "q1", "model": "m", "answer": "4"}
                {"prompt_id": "q9", "model": "m", "answer": "?"}
                {"prompt_id": "q1", "model": "m", "answer": "again"}
                {"prompt": "Unknown question", "model": "m", "answer": "x"}
                {"prompt_id": "q3", "model": "m", "answer": "only one"}
                {"prompt_id": "q3", "model": "n", "turn": 1, "answer": "first turn only"}
                """);
        int runs = store.runs().list().size();
        int completions = store.completions().count();

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(AnswerImportException.class, e -> {
            assertThat(e.count()).isEqualTo(5);
            assertThat(e.problems()).extracting(ImportException::getMessage).containsExactly(
                    file + ":2: no prompt with id 'q9' in the prompt set (--add-missing-prompts adds it)",
                    file + ":3: duplicate answer of model 'm' to prompt 'q1' (first at line 1)",
                    file + ":4: no prompt with the text 'Unknown question' in the prompt set (--add-missing-prompts adds it)",
                    file + ":5: turn-count mismatch: prompt 'q3' has 2 turns, the answer of 'm' has 1",
                    file + ":6: model 'n' answers turn [1] of 2 only");
        });
        assertThat(store.runs().list()).hasSize(runs);
        assertThat(store.completions().count()).isEqualTo(completions);
        assertThat(store.models().list()).isEmpty();
    }

    @Test
    void missingPromptsAreAddedWhenAsked() throws Exception {
        Path file = write(dir, "new.csv", "prompt,model-a,model-b\nBrand new question,yes,no\nWhat is 2+2?,4,5\n");
        AnswerImportService.Result r = service.importFile(store, file,
                AnswerOptions.defaults().withAddMissingPrompts(true));
        assertThat(r.promptsAdded()).isEqualTo(1);
        assertThat(r.answers()).isEqualTo(4);
        assertThat(store.promptSets().prompts(store.promptSets().find("qa").orElseThrow().id()))
                .extracting(p -> p.firstUserText()).contains("Brand new question");
    }

    @Test
    void aProjectWithSeveralSetsNeedsSet() throws Exception {
        TestProjects.promptSet(store, "other", 2);
        Path file = write(dir, "a.jsonl", "{\"prompt_id\": \"q1\", \"model\": \"m\", \"answer\": \"4\"}\n");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("choose one with --set ('qa', 'other')");
        assertThat(service.importFile(store, file, AnswerOptions.defaults().withSet("qa")).answers()).isEqualTo(1);
    }
}
