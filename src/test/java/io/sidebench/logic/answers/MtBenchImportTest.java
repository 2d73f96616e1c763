package io.sidebench.logic.answers;

import static io.sidebench.logic.answers.AnswerTestSupport.answers;
import static io.sidebench.logic.answers.AnswerTestSupport.cli;
import static io.sidebench.logic.answers.AnswerTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FastChat MT-Bench files written for the test in FastChat's shape: question.jsonl, model_answer/*.jsonl,
 * model_judgment/gpt-4_single.jsonl and gpt-4_pair.jsonl.
 */
class MtBenchImportTest {
    @TempDir
    Path dir;

    Path project;

    static final String QUESTIONS = """
            {"question_id": 81, "category": "writing", "turns": ["Compose a travel blog post about Hawaii.", "Rewrite it starting every sentence with A."]}
            {"question_id": 101, "category": "reasoning", "turns": ["你在比赛中超过了第二名，你现在是第几名？", "如果你超过了最后一名呢？"]}
            {"question_id": 131, "category": "extraction", "turns": ["Rate these movie reviews from 1 to 5.", "Now include the release date."]}
            """;
    static final String ALPHA = """
            {"question_id": 81, "answer_id": "a1", "model_id": "alpha", "choices": [{"index": 0, "turns": ["Aloha! Hawaii is...", "A trip to Hawaii..."]}], "tstamp": 1687000000.1}
            {"question_id": 101, "answer_id": "a2", "model_id": "alpha", "choices": [{"index": 0, "turns": ["第二名。", "不可能超过最后一名。"]}], "tstamp": 1687000000.2}
            {"question_id": 131, "answer_id": "a3", "model_id": "alpha", "choices": [{"index": 0, "turns": ["[5, 1, 3]", "{\\"reviews\\": [5, 1, 3]}"]}], "tstamp": 1687000000.3}
            """;
    static final String BETA = """
            {"question_id": 81, "answer_id": "b1", "model_id": "beta", "choices": [{"index": 0, "turns": ["Hawaii: a post", "A post, again"]}], "tstamp": 1687000001.1}
            {"question_id": 101, "answer_id": "b2", "model_id": "beta", "choices": [{"index": 0, "turns": ["第一名！", "最后一名。"]}], "tstamp": 1687000001.2}
            {"question_id": 131, "answer_id": "b3", "model_id": "beta", "choices": [{"index": 0, "turns": ["5 1 3", "5 1 3 (2019)"]}], "tstamp": 1687000001.3}
            """;
    static final String SINGLE = """
            {"question_id": 81, "model": "alpha", "judge": ["gpt-4", "single-v1"], "user_prompt": "[Instruction] ...", "judgment": "Good. Rating: [[9]]", "score": 9, "turn": 1, "tstamp": 1687221890.1}
            {"question_id": 101, "model": "alpha", "judge": ["gpt-4", "single-math-v1"], "user_prompt": "...", "judgment": "正确。Rating: [[10]]", "score": 10, "turn": 1, "tstamp": 1687221890.2}
            {"question_id": 131, "model": "alpha", "judge": ["gpt-4", "single-v1"], "user_prompt": "...", "judgment": "no rating given", "score": -1, "turn": 1, "tstamp": 1687221890.3}
            {"question_id": 81, "model": "alpha", "judge": ["gpt-4", "single-v1-multi-turn"], "user_prompt": "...", "judgment": "Rating: [[7]]", "score": 7, "turn": 2, "tstamp": 1687221890.4}
            {"question_id": 101, "model": "alpha", "judge": ["gpt-4", "single-math-v1-multi-turn"], "user_prompt": "...", "judgment": "Rating: [[8]]", "score": 8, "turn": 2, "tstamp": 1687221890.5}
            {"question_id": 131, "model": "alpha", "judge": ["gpt-4", "single-v1-multi-turn"], "user_prompt": "...", "judgment": "Rating: [[6]]", "score": 6, "turn": 2, "tstamp": 1687221890.6}
            {"question_id": 81, "model": "beta", "judge": ["gpt-4", "single-v1"], "user_prompt": "...", "judgment": "Rating: [[4]]", "score": 4, "turn": 1, "tstamp": 1687221891.1}
            {"question_id": 101, "model": "beta", "judge": ["gpt-4", "single-math-v1"], "user_prompt": "...", "judgment": "错误。Rating: [[1]]", "score": 1, "turn": 1, "tstamp": 1687221891.2}
            {"question_id": 131, "model": "beta", "judge": ["gpt-4", "single-v1"], "user_prompt": "...", "judgment": "Rating: [[5]]", "score": 5, "turn": 1, "tstamp": 1687221891.3}
            {"question_id": 81, "model": "beta", "judge": ["gpt-4", "single-v1-multi-turn"], "user_prompt": "...", "judgment": "Rating: [[3]]", "score": 3, "turn": 2, "tstamp": 1687221891.4}
            {"question_id": 101, "model": "beta", "judge": ["gpt-4", "single-math-v1-multi-turn"], "user_prompt": "...", "judgment": "?", "score": -1, "turn": 2, "tstamp": 1687221891.5}
            {"question_id": 131, "model": "beta", "judge": ["gpt-4", "single-v1-multi-turn"], "user_prompt": "...", "judgment": "Rating: [[2]]", "score": 2, "turn": 2, "tstamp": 1687221891.6}
            """;
    static final String PAIR = """
            {"question_id": 81, "model_1": "alpha", "model_2": "beta", "g1_winner": "model_1", "g2_winner": "model_1", "judge": ["gpt-4", "pair-v2"], "g1_user_prompt": "...", "g1_judgment": "[[A]]", "g2_user_prompt": "...", "g2_judgment": "[[B]]", "turn": 1, "tstamp": 1687222000.1}
            {"question_id": 101, "model_1": "alpha", "model_2": "beta", "g1_winner": "tie", "g2_winner": "model_2", "judge": ["gpt-4", "pair-math-v1"], "g1_user_prompt": "...", "g1_judgment": "[[C]]", "g2_user_prompt": "...", "g2_judgment": "[[A]]", "turn": 1, "tstamp": 1687222000.2}
            {"question_id": 131, "model_1": "alpha", "model_2": "beta", "g1_winner": "error", "g2_winner": "model_1", "judge": ["gpt-4", "pair-v2"], "g1_user_prompt": "...", "g1_judgment": "?", "g2_user_prompt": "...", "g2_judgment": "[[B]]", "turn": 1, "tstamp": 1687222000.3}
            """;

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("mt.sidebench");
        assertThat(cli("new", project.toString()).code()).isZero();
        Path questions = write(dir, "question.jsonl", QUESTIONS);
        AnswerTestSupport.Result r = cli("import", project.toString(), questions.toString(), "--name", "mt_bench",
                "--format", "mt-bench");
        assertThat(r.code()).as(r.err()).isZero();
        Files.createDirectories(dir.resolve("model_answer"));
        Files.createDirectories(dir.resolve("model_judgment"));
    }

    private void importAnswers() throws Exception {
        Path alpha = write(dir, "model_answer/alpha.jsonl", ALPHA);
        Path beta = write(dir, "model_answer/beta.jsonl", BETA);
        AnswerTestSupport.Result a = cli("import-answers", project.toString(), alpha.toString(), "--run", "mt");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("Imported 3 answers of 1 model (mt-bench, FastChat)");
        // the second model joins a run of its own; judgments are per run, so both go into one run here
        try (ProjectStore store = ProjectStore.open(project)) {
            long run = AnswerTestSupport.latestRun(store);
            store.runs().delete(run);
        }
        Path both = write(dir, "model_answer/both.jsonl", ALPHA + BETA);
        AnswerTestSupport.Result b = cli("import-answers", project.toString(), both.toString(), "--run", "mt");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("Imported 6 answers of 2 models");
        assertThat(beta).exists();
    }

    @Test
    void answersOfBothTurnsAreStoredAndTheRunIsListedAsImported() throws Exception {
        importAnswers();
        try (ProjectStore store = ProjectStore.open(project)) {
            Map<String, List<String>> got = answers(store, AnswerTestSupport.latestRun(store));
            assertThat(got).hasSize(6).containsEntry("101|alpha", List.of("第二名。", "不可能超过最后一名。"))
                    .containsEntry("131|alpha", List.of("[5, 1, 3]", "{\"reviews\": [5, 1, 3]}"));
        }
        AnswerTestSupport.Result runs = cli("runs", project.toString());
        assertThat(runs.out()).contains("imported from both.jsonl (mt-bench, FastChat)")
                .contains("speed not measured by Sidebench");
    }

    @Test
    void statsPrintTheMeanJudgeScoresShowResultComputes() throws Exception {
        importAnswers();
        Path single = write(dir, "model_judgment/gpt-4_single.jsonl", SINGLE);
        AnswerTestSupport.Result j = cli("import-judgments", project.toString(), single.toString(), "--run", "mt");
        assertThat(j.code()).as(j.err()).isZero();
        assertThat(j.out()).contains("12 judge scores (2 without a rating, left out of statistics)");

        // what FastChat's show_result.py computes (mode single): drop score -1, mean of score by model, and by
        // model and turn
        Map<String, double[]> expected = new TreeMap<>();
        for (String line : SINGLE.strip().split("\n")) {
            JsonNode r = Json.mapper().readTree(line);
            double score = r.get("score").asDouble();
            if (score == -1) {
                continue;
            }
            String model = r.get("model").asText();
            for (String key : List.of(model + "|judge:gpt-4", model + "|judge:gpt-4#t" + r.get("turn").asInt())) {
                double[] s = expected.computeIfAbsent(key, k -> new double[2]);
                s[0] += score;
                s[1]++;
            }
        }
        assertThat(expected).hasSize(6);

        AnswerTestSupport.Result stats = cli("stats", project.toString(), "--run", "mt", "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        JsonNode report = Json.mapper().readTree(stats.out());
        Map<String, Double> printed = new TreeMap<>();
        for (JsonNode g : report.get("summaries")) {
            if (g.get("category").isNull() && g.get("metric").asText().startsWith("judge:")) {
                printed.put(g.get("model").asText() + "|" + g.get("metric").asText(), g.get("summary").get("mean").asDouble());
            }
        }
        assertThat(printed.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, s) -> assertThat(printed.get(k)).as(k).isCloseTo(s[0] / s[1], org.assertj.core.data.Offset.offset(1e-9)));
        // alpha overall: (9 + 10 + 7 + 8 + 6) / 5 = 8.0, turn 1: (9 + 10) / 2 = 9.5; beta turn 2: (3 + 2) / 2 = 2.5
        assertThat(printed).containsEntry("alpha|judge:gpt-4", 8.0).containsEntry("alpha|judge:gpt-4#t1", 9.5)
                .containsEntry("beta|judge:gpt-4#t2", 2.5);
        assertThat(report.get("primaryMetric").asText()).isEqualTo("judge:gpt-4");

        AnswerTestSupport.Result text = cli("stats", project.toString(), "--run", "mt");
        assertThat(text.out()).startsWith("Imported run: imported from both.jsonl (mt-bench, FastChat)")
                .contains("speed not measured by Sidebench (imported answers)");
        assertThat(text.out()).containsPattern("judge:gpt-4\\s+all\\s+alpha\\s+5\\s+8\\.0")
                .containsPattern("judge:gpt-4#t1\\s+all\\s+alpha\\s+2\\s+9\\.5")
                .containsPattern("judge:gpt-4#t2\\s+all\\s+beta\\s+2\\s+2\\.5");
    }

    @Test
    void pairJudgmentsBecomeJudgeVotesOfBothGames() throws Exception {
        importAnswers();
        Path pair = write(dir, "model_judgment/gpt-4_pair.jsonl", PAIR);
        AnswerTestSupport.Result r = cli("import-judgments", project.toString(), pair.toString(), "--run", "mt");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 votes (1 games the judge marked as errors left out)");
        try (ProjectStore store = ProjectStore.open(project)) {
            long run = AnswerTestSupport.latestRun(store);
            long alpha = store.models().find("alpha").orElseThrow().id();
            List<String> got = new ArrayList<>();
            for (Vote v : store.votes().forRun(run)) {
                assertThat(v.judge()).isTrue();
                assertThat(v.voter()).isEqualTo("judge:gpt-4");
                got.add((v.leftModelId() == alpha ? "alpha-left " : "beta-left ") + v.outcome());
            }
            // q81: g1 model_1 wins (alpha left), g2 model_1 wins (alpha is on the right in game 2)
            // q101: g1 tie, g2 model_2 (beta, on the left in game 2); q131: g1 error left out, g2 model_1
            assertThat(got).containsExactly("alpha-left LEFT", "beta-left RIGHT", "alpha-left TIE", "beta-left LEFT",
                    "beta-left RIGHT");
            assertThat(got).noneMatch(s -> s.contains(VoteOutcome.BOTH_BAD.name()));
        }
    }

    @Test
    void exportedMtBenchAnswersImportAgainIdentical() throws Exception {
        importAnswers();
        Path out = dir.resolve("export.jsonl");
        AnswerTestSupport.Result e = cli("export", project.toString(), "--run", "mt", "--format", "mt-bench", "--out",
                out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        JsonNode first = Json.mapper().readTree(Files.readAllLines(out).get(0));
        assertThat(first.get("question_id").isIntegralNumber()).isTrue();
        assertThat(first.get("choices").get(0).get("turns")).hasSize(2);
        AnswerTestSupport.Result again = cli("import-answers", project.toString(), out.toString(), "--run", "again");
        assertThat(again.code()).as(again.err()).isZero();
        try (ProjectStore store = ProjectStore.open(project)) {
            List<io.sidebench.model.Run> runs = store.runs().list();
            assertThat(answers(store, runs.get(runs.size() - 1).id()))
                    .isEqualTo(answers(store, runs.get(runs.size() - 2).id())).hasSize(6);
        }
    }
}
