package io.sidebench.logic.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.diff.WordDiff.Op;
import io.sidebench.logic.diff.WordDiff.Segment;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksTheChangedWordOnly() {
        List<Segment> d = WordDiff.diff("The cat sat on the mat.", "The dog sat on the mat.");
        assertThat(d).containsExactly(new Segment(Op.EQUAL, "The "), new Segment(Op.DELETE, "cat"),
                new Segment(Op.INSERT, "dog"), new Segment(Op.EQUAL, " sat on the mat."));
    }

    @Test
    void identicalTextsAreOneEqualSegment() {
        assertThat(WordDiff.diff("same words", "same words")).containsExactly(new Segment(Op.EQUAL, "same words"));
        assertThat(WordDiff.similarity(WordDiff.diff("a b", "a b"))).isEqualTo(1.0);
    }

    @Test
    void emptySides() {
        assertThat(WordDiff.diff("", "new text")).containsExactly(new Segment(Op.INSERT, "new text"));
        assertThat(WordDiff.diff("old", null)).containsExactly(new Segment(Op.DELETE, "old"));
        assertThat(WordDiff.diff("", "")).isEmpty();
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        List<Segment> d = WordDiff.diff("我们明天见", "我们后天见");
        assertThat(d).containsExactly(new Segment(Op.EQUAL, "我们"), new Segment(Op.DELETE, "明"),
                new Segment(Op.INSERT, "后"), new Segment(Op.EQUAL, "天见"));
    }

    @Test
    void tokensKeepPunctuationAndWhitespaceApart() {
        assertThat(WordDiff.tokenize("Hi, it's 42!\n  ok")).containsExactly("Hi", ",", " ", "it's", " ", "42", "!",
                "\n  ", "ok");
    }

    @Test
    void bothSidesRebuildExactlyOnRandomTexts() {
        Random random = new Random(7);
        String[] words = {"alpha", "beta", "gamma", " ", "\n", ",", "数", "据", "delta"};
        for (int round = 0; round < 200; round++) {
            String a = randomText(random, words);
            String b = randomText(random, words);
            List<Segment> d = WordDiff.diff(a, b);
            assertThat(WordDiff.side(d, true)).isEqualTo(a);
            assertThat(WordDiff.side(d, false)).isEqualTo(b);
        }
    }

    @Test
    void hugeDifferentMiddlesStillRebuildBothSides() {
        String a = "x ".repeat(3000);
        String b = "y ".repeat(3000);
        List<Segment> d = WordDiff.diff(a, b);
        assertThat(WordDiff.side(d, true)).isEqualTo(a);
        assertThat(WordDiff.side(d, false)).isEqualTo(b);
    }

    @Test
    void longChineseAnswersDifferingInAFewPlacesShowOnlyThosePlaces() {
        // two ~2,400-character answers: 2,400 x 2,400 tokens, beyond the 4 million cells the old LCS table took
        StringBuilder base = new StringBuilder();
        String[] sentences = {"您好，感谢您联系我们的客服团队。", "我们会在三个工作日内处理您的退款申请。",
                "如果您有任何其他问题，请随时告诉我们。", "订单发货后，您会收到一封带有物流单号的邮件。"};
        Random random = new Random(12);
        while (base.length() < 2_400) {
            base.append(sentences[random.nextInt(sentences.length)]);
        }
        String a = base.toString();
        StringBuilder changed = new StringBuilder(a);
        changed.setCharAt(100, '五');
        changed.setCharAt(1_200, '好');
        changed.insert(2_000, "请注意：");
        String b = changed.toString();
        assertThat(WordDiff.tokenize(a).size()).isGreaterThan(2_000);

        long start = System.nanoTime();
        List<Segment> d = WordDiff.diff(a, b);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(WordDiff.side(d, true)).isEqualTo(a);
        assertThat(WordDiff.side(d, false)).isEqualTo(b);
        String deleted = d.stream().filter(s -> s.op() == Op.DELETE).map(Segment::text).reduce("", String::concat);
        String inserted = d.stream().filter(s -> s.op() == Op.INSERT).map(Segment::text).reduce("", String::concat);
        assertThat(deleted.length()).as("only the two replaced characters are removed").isLessThanOrEqualTo(2);
        assertThat(inserted).contains("请注意：");
        assertThat(inserted.length()).isLessThanOrEqualTo(6);
        assertThat(WordDiff.similarity(d)).isGreaterThan(0.99);
        assertThat(ms).as("diff time in ms").isLessThan(2_000);
    }

    @Test
    void longUnrelatedAnswersStillDiffInReasonableTime() {
        Random random = new Random(3);
        String[] words = {"alpha ", "beta ", "gamma ", "delta ", "数", "据", ", ", "\n"};
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        while (a.length() < 20_000) {
            a.append(words[random.nextInt(words.length)]);
            b.append(words[random.nextInt(words.length)]);
        }
        long start = System.nanoTime();
        List<Segment> d = WordDiff.diff(a.toString(), b.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(WordDiff.side(d, true)).isEqualTo(a.toString());
        assertThat(WordDiff.side(d, false)).isEqualTo(b.toString());
        assertThat(WordDiff.similarity(d)).isGreaterThan(0.5);
        assertThat(ms).as("diff time in ms").isLessThan(5_000);
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            out.append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }
}
