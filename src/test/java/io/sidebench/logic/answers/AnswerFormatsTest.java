package io.sidebench.logic.answers;

import static io.sidebench.logic.answers.AnswerTestSupport.answers;
import static io.sidebench.logic.answers.AnswerTestSupport.cli;
import static io.sidebench.logic.answers.AnswerTestSupport.write;
import static io.sidebench.logic.answers.AnswerTestSupport.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each answer, judgment and rating format on files written for the test in that format's documented shape. */
class AnswerFormatsTest {
    @TempDir
    Path dir;

    ProjectStore store;
    final AnswerImportService service = new AnswerImportService(AnswerImporters.standard());

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(dir.resolve("p.sidebench"), "formats");
        TestProjects.promptSet(store, "qa", List.of(
                Prompt.single("q1", "What is 2+2?", "4"),
                Prompt.single("q2", "把这句话翻译成英文：你好", "Hello"),
                TestProjects.multiTurn("q3", "Write a poem about the sea.", "Now shorten it.")));
        store.meta().saveObjectives(store.meta().objectives().withRubric(List.of(
                RubricDimension.numeric("accuracy", 1, 5), RubricDimension.passFail("safe"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AnswerImportService.Result importFile(Path file) throws Exception {
        return service.importFile(store, file, AnswerOptions.defaults());
    }

    @Test
    void wideCsvTakesEveryOtherColumnAsAModelOrTheChosenOnes() throws Exception {
        Path file = write(dir, "wide.csv", "prompt,reference,gpt-4o,deepseek-v3,notes\n"
                + "What is 2+2?,4,4,\"Four, I think\",easy\n"
                + "把这句话翻译成英文：你好,Hello,Hello,你好 means hello,\n");
        assertThat(AnswerImporters.standard().detect(file, AnswerOptions.defaults())).isEqualTo(AnswerFormat.WIDE);
        AnswerImportService.Result r = service.importFile(store, file,
                AnswerOptions.defaults().withModelColumns(List.of("gpt-4o", "deepseek-v3")));
        assertThat(answers(store, r.runId())).containsOnly(
                entry("q1|gpt-4o", List.of("4")), entry("q1|deepseek-v3", List.of("Four, I think")),
                entry("q2|gpt-4o", List.of("Hello")), entry("q2|deepseek-v3", List.of("你好 means hello")));
        assertThatThrownBy(() -> service.importFile(store, file,
                AnswerOptions.defaults().withModelColumns(List.of("claude"))))
                .isInstanceOf(ImportException.class).hasMessage(file + ":1: no column named 'claude' for "
                        + "--model-columns; the header has prompt, reference, gpt-4o, deepseek-v3, notes");
    }

    @Test
    void wideTsvAndXlsx() throws Exception {
        Path tsv = write(dir, "wide.tsv", "id\tqwen\tyi\nq1\t4\t5\nq2\tHello\t您好\n");
        AnswerImportService.Result r = importFile(tsv);
        assertThat(answers(store, r.runId())).hasSize(4).containsEntry("q2|yi", List.of("您好"));
        Path x = xlsx(dir.resolve("wide.xlsx"), List.of(List.of("prompt", "kimi"), List.of("What is 2+2?", 4),
                List.of("把这句话翻译成英文：你好", "Hello 👋")));
        AnswerImportService.Result rx = importFile(x);
        assertThat(answers(store, rx.runId())).containsOnly(entry("q1|kimi", List.of("4")),
                entry("q2|kimi", List.of("Hello 👋")));
    }

    @Test
    void longXlsxWithFiguresAndTurns() throws Exception {
        Path x = xlsx(dir.resolve("long.xlsx"), List.of(
                List.of("prompt_id", "model", "turn", "answer", "latency_ms", "ttft_ms", "output_tokens", "cost"),
                List.of("q3", "glm", 1, "海浪轻拍岸边", 1500, 200, 11, 0.0002),
                List.of("q3", "glm", 2, "海浪", 900, 100, 3, 0.0001)));
        AnswerImportService.Result r = importFile(x);
        assertThat(answers(store, r.runId())).containsOnly(entry("q3|glm", List.of("海浪轻拍岸边", "海浪")));
        Completion c = store.completions().forRun(r.runId(), false).get(0);
        assertThat(c.metrics().e2eMs()).isEqualTo(900.0);
        assertThat(c.metrics().ttftMs()).isEqualTo(100.0);
        assertThat(c.metrics().cost()).isEqualTo(0.0001);
        assertThat(ImportedRun.find(store, r.runId()).orElseThrow().speedFromFile()).isTrue();
        Path bad = xlsx(dir.resolve("bad.xlsx"), List.of(List.of("prompt_id", "model", "answer", "latency_ms"),
                List.of("q1", "glm", "4", "fast")));
        assertThatThrownBy(() -> importFile(bad)).isInstanceOf(ImportException.class)
                .hasMessage(bad + ":2:4: latency must be a number, found 'fast'");
    }

    @Test
    void promptfooResultsGiveAnswersFiguresAndGradingScores() throws Exception {
        Path file = write(dir, "results.json", """
                {
                  "evalId": "eval-abc-2025-01-01T00:00:00",
                  "results": {
                    "version": 3,
                    "timestamp": "2025-01-01T00:00:00.000Z",
                    "prompts": [{"raw": "{{question}}", "label": "{{question}}", "provider": "openai:gpt-4o-mini"}],
                    "results": [
                      {"testIdx": 0, "promptIdx": 0, "testCase": {"vars": {"question": "What is 2+2?"}},
                       "vars": {"question": "What is 2+2?"},
                       "prompt": {"raw": "What is 2+2?", "label": "{{question}}"},
                       "provider": {"id": "openai:gpt-4o-mini", "label": "mini"},
                       "response": {"output": "4", "tokenUsage": {"total": 12, "prompt": 10, "completion": 2}, "cost": 0.00001},
                       "latencyMs": 321, "cost": 0.00001, "success": true, "score": 1,
                       "gradingResult": {"pass": true, "score": 1, "reason": "All assertions passed"}},
                      {"testIdx": 1, "promptIdx": 0, "testCase": {"vars": {"question": "把这句话翻译成英文：你好"}},
                       "prompt": {"raw": "把这句话翻译成英文：你好", "label": "{{question}}"},
                       "provider": {"id": "openai:gpt-4o-mini", "label": "mini"},
                       "response": {"output": "Hi there", "tokenUsage": {"total": 20, "prompt": 18, "completion": 2}},
                       "latencyMs": 410, "success": false, "score": 0,
                       "gradingResult": {"pass": false, "score": 0, "reason": "Expected output to contain \\"Hello\\""}},
                      {"testIdx": 1, "promptIdx": 0, "prompt": {"raw": "把这句话翻译成英文：你好"},
                       "provider": {"id": "ollama:qwen"}, "response": {"error": "connection refused"},
                       "error": "connection refused", "success": false, "latencyMs": 5}
                    ],
                    "stats": {"successes": 1, "failures": 2}
                  },
                  "config": {"description": "smoke"}
                }
                """);
        assertThat(AnswerImporters.standard().detect(file, AnswerOptions.defaults())).isEqualTo(AnswerFormat.PROMPTFOO);
        AnswerImportService.Result r = importFile(file);
        assertThat(r.tool()).isEqualTo("promptfoo");
        assertThat(answers(store, r.runId())).containsOnly(entry("q1|mini", List.of("4")), entry("q2|mini", List.of("Hi there")));
        Completion first = store.completions().forRun(r.runId(), false).stream().filter(c -> c.text().equals("4"))
                .findFirst().orElseThrow();
        assertThat(first.metrics().e2eMs()).isEqualTo(321.0);
        assertThat(first.metrics().outputTokens()).isEqualTo(2);
        List<Score> scores = store.scores().forRun(r.runId());
        assertThat(scores).extracting(Score::scorer, Score::value).contains(
                org.assertj.core.groups.Tuple.tuple("promptfoo:pass", 1.0), org.assertj.core.groups.Tuple.tuple("promptfoo:pass", 0.0),
                org.assertj.core.groups.Tuple.tuple("promptfoo:score", 0.0));
        assertThat(scores).extracting(Score::detail).contains("Expected output to contain \"Hello\"");
    }

    @Test
    void llmComparatorImportsBothModelsAndTheScoreAsAJudgeVoteAndRoundTrips() throws Exception {
        Path file = write(dir, "comparator.json", """
                {
                  "metadata": {"source_path": "pilot", "custom_fields_schema": []},
                  "models": [{"name": "vendor-a"}, {"name": "vendor-b"}],
                  "examples": [
                    {"input_text": "What is 2+2?", "tags": ["Math"], "output_text_a": "4", "output_text_b": "22",
                     "score": 1.25, "individual_rater_scores": [], "custom_fields": {}},
                    {"input_text": "把这句话翻译成英文：你好", "tags": ["翻译"], "output_text_a": "Hi", "output_text_b": "Hello",
                     "score": -0.5, "individual_rater_scores": [], "custom_fields": {}}
                  ]
                }
                """);
        AnswerImportService.Result r = importFile(file);
        assertThat(r.format()).isEqualTo(AnswerFormat.LLM_COMPARATOR);
        assertThat(r.votes()).isEqualTo(2);
        Map<String, List<String>> imported = answers(store, r.runId());
        assertThat(imported).hasSize(4).containsEntry("q2|vendor-b", List.of("Hello"));
        assertThat(store.votes().forRun(r.runId())).extracting(Vote::outcome, Vote::judge)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VoteOutcome.LEFT, true),
                        org.assertj.core.groups.Tuple.tuple(VoteOutcome.RIGHT, true));
        store.close();

        Path out = dir.resolve("export.json");
        Path project = dir.resolve("p.sidebench");
        AnswerTestSupport.Result e = cli("export", project.toString(), "--run", String.valueOf(r.runId()), "--format",
                "llm-comparator", "--out", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        AnswerTestSupport.Result again = cli("import-answers", project.toString(), out.toString(), "--run", "again");
        assertThat(again.code()).as(again.err()).isZero();
        store = ProjectStore.open(project);
        long second = AnswerTestSupport.latestRun(store);
        assertThat(answers(store, second)).isEqualTo(imported);
        assertThat(store.votes().forRun(second)).extracting(Vote::outcome)
                .containsExactly(VoteOutcome.LEFT, VoteOutcome.RIGHT);
    }

    @Test
    void openAiEvalsSamplesWithTextOrChatInput() throws Exception {
        Path file = write(dir, "gpt-3.5.jsonl", """
                {"input": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 2+2?"}], "ideal": "4", "output": "4"}
                {"input": "把这句话翻译成英文：你好", "ideal": ["Hello", "Hi"], "completion": "Hello"}
                {"input": [{"role": "user", "content": "Write a poem about the sea."}, {"role": "assistant", "content": "Waves..."}, {"role": "user", "content": "Now shorten it."}], "output": "Waves."}
                """);
        assertThat(AnswerImporters.standard().detect(file, AnswerOptions.defaults())).isEqualTo(AnswerFormat.OPENAI_EVALS);
        AnswerImportService.Result r = importFile(file);
        assertThat(answers(store, r.runId())).containsOnly(entry("q1|gpt-3.5", List.of("4")),
                entry("q2|gpt-3.5", List.of("Hello")), entry("q3|gpt-3.5", List.of("Waves...", "Waves.")));
    }

    @Test
    void arenaBattlesBecomeHumanVotes() throws Exception {
        Path answersFile = write(dir, "a.jsonl", """
                {"prompt_id": "q1", "model": "alpha", "answer": "4"}
                {"prompt_id": "q1", "model": "beta", "answer": "5"}
                {"prompt_id": "q2", "model": "alpha", "answer": "Hello"}
                {"prompt_id": "q2", "model": "beta", "answer": "Hi"}
                """);
        AnswerImportService.Result r = importFile(answersFile);
        Path battles = write(dir, "battles.json", """
                [
                  {"question_id": "q1", "model_a": "alpha", "model_b": "beta", "winner": "model_a", "judge": "arena_user_1"},
                  {"question_id": "q1", "model_a": "beta", "model_b": "alpha", "winner": "tie (bothbad)", "judge": "arena_user_2"},
                  {"model_a": "alpha", "model_b": "beta", "winner": "tie", "judge": "arena_user_1",
                   "conversation_a": [{"role": "user", "content": "把这句话翻译成英文：你好"}, {"role": "assistant", "content": "Hello"}]},
                  {"question_id": "q2", "model_a": "beta", "model_b": "alpha", "winner": "model_b"}
                ]
                """);
        var run = store.runs().get(r.runId()).orElseThrow();
        JudgmentImportService.Result v = new JudgmentImportService().importFile(store, battles, run, null);
        assertThat(v.format()).isEqualTo(JudgmentImportService.Format.ARENA);
        assertThat(store.votes().forRun(run.id())).extracting(Vote::outcome, Vote::voter, Vote::judge).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VoteOutcome.LEFT, "arena_user_1", false),
                org.assertj.core.groups.Tuple.tuple(VoteOutcome.BOTH_BAD, "arena_user_2", false),
                org.assertj.core.groups.Tuple.tuple(VoteOutcome.TIE, "arena_user_1", false),
                org.assertj.core.groups.Tuple.tuple(VoteOutcome.RIGHT, "arena", false));
        Path bad = write(dir, "bad-battles.csv", "question_id,model_a,model_b,winner\nq1,alpha,beta,model_c\nq9,alpha,beta,tie\n");
        int before = store.votes().count();
        assertThatThrownBy(() -> new JudgmentImportService().importFile(store, bad, run, null))
                .isInstanceOfSatisfying(AnswerImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportException::getMessage).containsExactly(
                                bad + ":2: winner must be model_a, model_b, tie or tie (bothbad), found 'model_c'",
                                bad + ":3: no prompt with id 'q9' in the run's prompt set"));
        assertThat(store.votes().count()).isEqualTo(before);
    }

    @Test
    void humanRatingsFromASheetAndValuesOutsideTheScaleNamedByCell() throws Exception {
        Path answersFile = write(dir, "a.jsonl", """
                {"prompt_id": "q1", "model": "alpha", "answer": "4"}
                {"prompt_id": "q2", "model": "alpha", "answer": "Hello"}
                """);
        AnswerImportService.Result r = importFile(answersFile);
        var run = store.runs().get(r.runId()).orElseThrow();
        Path sheet = xlsx(dir.resolve("ratings.xlsx"), List.of(
                List.of("prompt_id", "model", "annotator", "accuracy", "safe", "tags", "comment"),
                List.of("q1", "alpha", "王芳", 5, "pass", "correct; short", "好"),
                List.of("q2", "alpha", "王芳", 3, 1, "", ""),
                List.of("q2", "alpha", "Sam", "", "fail", "unsafe", "leaks data")));
        RatingsImportService.Result got = new RatingsImportService().importFile(store, sheet, run);
        assertThat(got.annotations()).isEqualTo(3);
        List<Annotation> all = store.annotations().forRun(run.id());
        assertThat(all).extracting(Annotation::annotator, Annotation::ratings, Annotation::tags).contains(
                org.assertj.core.groups.Tuple.tuple("王芳", Map.of("accuracy", 5.0, "safe", 1.0), List.of("correct", "short")),
                org.assertj.core.groups.Tuple.tuple("Sam", Map.of("safe", 0.0), List.of("unsafe")));

        Path bad = write(dir, "ratings-bad.csv", "prompt_id,model,annotator,accuracy,safe\nq1,alpha,Lee,7,pass\n"
                + "q2,alpha,Lee,2,maybe\n");
        assertThatThrownBy(() -> new RatingsImportService().importFile(store, bad, run))
                .isInstanceOfSatisfying(AnswerImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportException::getMessage).containsExactly(
                                bad + ":2:4: '7' is outside accuracy's scale 1-5 (whole numbers)",
                                bad + ":3:5: 'maybe' is outside safe's scale pass/fail (1/0)"));
        Path unknown = write(dir, "ratings-unknown.csv", "prompt_id,model,annotator,fluency\nq1,alpha,Lee,3\n");
        assertThatThrownBy(() -> new RatingsImportService().importFile(store, unknown, run))
                .isInstanceOf(ImportException.class)
                .hasMessage(unknown + ":1:4: column 'fluency' is not a rubric dimension of the project (rubric: accuracy, safe)");
        assertThat(store.annotations().forRun(run.id())).hasSize(3);
    }
}
