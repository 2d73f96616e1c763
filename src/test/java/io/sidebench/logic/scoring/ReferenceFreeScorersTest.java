package io.sidebench.logic.scoring;

import static io.sidebench.logic.scoring.ScoringFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFreeScorersTest {

    @Test
    void lengthCountsCodePoints() {
        var score = new LengthScorer().score(context("q", null, "你好, world 😀"));
        assertThat(score.value()).isEqualTo(11.0);
        assertThat(score.detail()).startsWith("11 chars, 3 words/CJK chars");
        assertThat(new LengthScorer().score(context("q", null, "")).value()).isEqualTo(0.0);
    }

    @Test
    void detectsEnglishAndChineseRefusals() {
        List<String> refusals = List.of(
                "I'm sorry, but I can't help with that request.",
                "I cannot assist with creating malware.",
                "As an AI language model, I cannot browse the internet.",
                "I must respectfully decline to answer.",
                "I’m not able to provide that information.",
                "抱歉，我无法提供这方面的帮助。",
                "对不起，我不能回答这个问题。",
                "作为一个人工智能，我无法访问实时数据。",
                "我不能帮你做这件事。");
        for (String r : refusals) {
            assertThat(RefusalScorer.refusalPhrase(r)).as(r).isNotNull();
            assertThat(new RefusalScorer().score(context("q", null, r)).value()).as(r).isEqualTo(1.0);
        }
        List<String> answers = List.of("The capital of France is Paris.", "巴黎是法国的首都。",
                "You cannot divide by zero, so the function returns NaN.", "", "I can help with that: here are the steps.");
        for (String a : answers) {
            assertThat(new RefusalScorer().score(context("q", null, a)).value()).as(a).isEqualTo(0.0);
        }
    }

    @Test
    void runsThePromptsAssertions() {
        List<Assertion> checks = List.of(new Assertion("contains", "Paris", null),
                new Assertion("icontains", "FRANCE", null), new Assertion("regex", "\\bcapital\\b", null),
                new Assertion("equals", "Paris", null), new Assertion("llm-rubric", "is polite", null));
        var score = new ChecksScorer().score(context("q", null, "Paris is the capital of France.", checks));
        assertThat(score.value()).isEqualTo(0.75);
        assertThat(score.detail()).startsWith("3/4 passed").contains("FAIL equals 'Paris'")
                .contains("skipped llm-rubric (not supported)");
        assertThat(new ChecksScorer().score(context("q", null, "  Paris \n", List.of(new Assertion("equals", "Paris", null))))
                .value()).isEqualTo(1.0);
    }

    @Test
    void checksJsonStrictlyAndReportsBadRegexes() {
        assertThat(ChecksScorer.jsonProblem("{\"a\": [1, 2, {\"b\": null}]}")).isNull();
        assertThat(ChecksScorer.jsonProblem("  [1,2] ")).isNull();
        assertThat(ChecksScorer.jsonProblem("42")).isNull();
        assertThat(ChecksScorer.jsonProblem("{\"a\": 1} trailing")).isNotNull();
        assertThat(ChecksScorer.jsonProblem("{\"a\": 1}{\"b\": 2}")).isEqualTo("text after the JSON value");
        assertThat(ChecksScorer.jsonProblem("```json\n{}\n```")).startsWith("invalid JSON");
        assertThat(ChecksScorer.jsonProblem("{'a': 1}")).startsWith("invalid JSON");
        assertThat(ChecksScorer.jsonProblem("")).isEqualTo("empty answer");
        assertThat(ChecksScorer.check("regex", "([a-z", "abc")).startsWith("invalid regex");
        assertThat(ChecksScorer.check("is-json", null, "{}")).isNull();
    }

    @Test
    void noChecksMeansNoValueAndSetWideChecksApply() {
        assertThat(new ChecksScorer().score(context("q", null, "x")).value()).isNull();
        var setWide = new ChecksScorer(List.of(new Assertion("is-json", null, null)));
        assertThat(setWide.score(context("q", null, "{\"ok\": true}")).value()).isEqualTo(1.0);
        assertThat(setWide.config()).isNotEqualTo(new ChecksScorer().config());
    }
}
