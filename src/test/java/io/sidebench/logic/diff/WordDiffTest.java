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
    void hugeMiddlesAreReplacedWholesaleButStillRebuild() {
        String a = "x ".repeat(3000);
        String b = "y ".repeat(3000);
        List<Segment> d = WordDiff.diff(a, b);
        assertThat(WordDiff.side(d, true)).isEqualTo(a);
        assertThat(WordDiff.side(d, false)).isEqualTo(b);
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
