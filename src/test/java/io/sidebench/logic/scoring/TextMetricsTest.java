package io.sidebench.logic.scoring;

import static io.sidebench.logic.scoring.ScoringFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ROUGE-L, chrF and BLEU on worked examples. Expected values are derived by hand from each metric's
 * definition (steps in the comments) or quoted from the metric's published documentation.
 */
class TextMetricsTest {
    private static final double EPS = 1e-9;

    @Test
    void tokenisesChineseAndJapanesePerCharacterAndKeepsOtherWords() {
        assertThat(TextUnits.words("我喜欢 Apple pie！")).containsExactly("我", "喜", "欢", "apple", "pie");
        assertThat(TextUnits.words("東京タワーに行く")).containsExactly("東", "京", "タ", "ワ", "ー", "に", "行", "く");
        assertThat(TextUnits.words("Ünïcode café naïve")).containsExactly("ünïcode", "café", "naïve");
        assertThat(TextUnits.bleuTokens("Hello, world.")).containsExactly("Hello", ",", "world", ".");
        assertThat(TextUnits.isMainlyCjk("这是一个测试 test")).isTrue();
        assertThat(TextUnits.isMainlyCjk("This is a test 测")).isFalse();
    }

    // ROUGE-L (Lin 2004): P = LCS/|answer|, R = LCS/|reference|, F1 = 2PR/(P+R).
    @Test
    void rougeLOnAnEnglishExample() {
        // reference "the cat sat on the mat", answer "the cat was on the mat": LCS "the cat on the mat" = 5
        // P = R = 5/6, F1 = 5/6
        assertThat(RougeLScorer.rougeL("The cat sat on the mat.", "the cat was on the mat")).isCloseTo(5.0 / 6, within(EPS));
    }

    @Test
    void rougeLOnChineseComparesCharacters() {
        // reference 我喜欢吃苹果 (6 chars), answer 我喜欢苹果 (5): LCS 5, P = 1, R = 5/6, F1 = 10/11
        assertThat(RougeLScorer.rougeL("我喜欢吃苹果", "我喜欢苹果")).isCloseTo(10.0 / 11, within(EPS));
    }

    @Test
    void rougeLOnIdenticalAndEmptyStrings() {
        assertThat(RougeLScorer.rougeL("同一句话 same text", "同一句话 same text")).isEqualTo(1.0);
        assertThat(RougeLScorer.rougeL("reference", "")).isEqualTo(0.0);
        assertThat(new RougeLScorer().score(context("q", "", "answer")).value()).isNull();
        assertThat(new RougeLScorer().score(context("q", null, "answer")).detail()).isEqualTo("no reference answer");
    }

    // chrF (Popović 2015) as sacrebleu: average P and R over orders 1..6 both texts have, F-beta with beta 2.
    @Test
    void chrfOnAHandWorkedExample() {
        // answer "ab", reference "abc":
        // n=1: answer {a,b} 2, reference {a,b,c} 3, matches 2 -> P 1, R 2/3
        // n=2: answer {ab} 1, reference {ab,bc} 2, matches 1 -> P 1, R 1/2; n>=3: answer has none (not counted)
        // avg P = 1, avg R = 7/12, F2 = 5·P·R / (4P + R) = (35/12) / (55/12) = 7/11
        assertThat(ChrfScorer.chrf("abc", "ab")).isCloseTo(7.0 / 11, within(EPS));
    }

    @Test
    void chrfMatchesSacrebleuDocumentation() {
        // sacrebleu / HuggingFace "chrf" metric card example: score 61.576379378113785 (chrF2, n=6, no spaces)
        double chrf = ChrfScorer.chrf("The ties between Obama and Netanyahu are not particularly friendly.",
                "The relationship between Obama and Netanyahu is not exactly friendly.");
        assertThat(chrf * 100).isCloseTo(61.576379378113785, within(1e-9));
    }

    @Test
    void chrfOnChinese() {
        // answer 我爱你, reference 我爱他: n=1 matches 2 of 3 each side; n=2 matches 1 of 2; n=3 matches 0 of 1.
        // avg P = avg R = (2/3 + 1/2 + 0) / 3 = 7/18 and with P = R the F-score is 7/18.
        assertThat(ChrfScorer.chrf("我爱他", "我爱你")).isCloseTo(7.0 / 18, within(EPS));
    }

    @Test
    void chrfIgnoresWhitespaceAndHandlesEdgeCases() {
        assertThat(ChrfScorer.chrf("a b c", "abc")).isEqualTo(1.0);
        assertThat(ChrfScorer.chrf("完全相同", "完全相同")).isEqualTo(1.0);
        assertThat(ChrfScorer.chrf("reference", "")).isEqualTo(0.0);
        assertThat(new ChrfScorer().score(context("q", "   ", "x")).value()).isNull();
    }

    // Sentence BLEU with sacrebleu's defaults: exp smoothing, effective order, brevity penalty.
    @Test
    void bleuOnAnEnglishExampleWithSmoothing() {
        // answer "the cat the mat" (4), reference "the cat is on the mat" (6)
        // p1 = 4/4, p2 = 2/3 ("the cat", "the mat"), p3 = 0/2 -> 1/(2·2), p4 = 0/1 -> 1/(4·1)
        // BP = exp(1 - 6/4); BLEU = BP · (1 · 2/3 · 1/4 · 1/4)^(1/4)
        double expected = Math.exp(1 - 6.0 / 4) * Math.pow(1.0 * 2 / 3 * 0.25 * 0.25, 0.25);
        assertThat(BleuScorer.bleu("the cat is on the mat", "the cat the mat")).isCloseTo(expected, within(EPS));
        assertThat(expected).isCloseTo(0.27403, within(1e-5));
    }

    @Test
    void bleuOnChineseComparesCharacters() {
        // answer 我喜欢苹果 (5 chars), reference 我喜欢吃苹果 (6 chars)
        // p1 = 5/5, p2 = 3/4 (我喜 喜欢 苹果), p3 = 1/3 (我喜欢), p4 = 0/2 -> 1/(2·2)
        // BP = exp(1 - 6/5); BLEU = BP · (3/4 · 1/3 · 1/4)^(1/4) = exp(-0.2) · 0.5
        assertThat(BleuScorer.bleu("我喜欢吃苹果", "我喜欢苹果")).isCloseTo(Math.exp(-0.2) * 0.5, within(EPS));
    }

    @Test
    void bleuUsesEffectiveOrderForShortAnswersAndHandlesEdgeCases() {
        assertThat(BleuScorer.bleu("hello world", "hello world")).isEqualTo(1.0);
        assertThat(BleuScorer.bleu("The same sentence, twice.", "The same sentence, twice.")).isEqualTo(1.0);
        assertThat(BleuScorer.bleu("reference text", "")).isEqualTo(0.0);
        assertThat(new BleuScorer().score(context("q", null, "x")).value()).isNull();
    }

    @Test
    void scoresCarryTheInputHashAndItChangesWithTheInputs() {
        var scorer = new RougeLScorer();
        var a = scorer.score(context("q", "ref", "answer"));
        assertThat(a.inputHash()).isEqualTo(scorer.inputHash(context("q", "ref", "answer")));
        assertThat(a.inputHash()).isNotEqualTo(scorer.inputHash(context("q", "ref", "answer!")));
        assertThat(a.inputHash()).isNotEqualTo(scorer.inputHash(context("q", "ref2", "answer")));
        assertThat(a.inputHash()).isNotEqualTo(scorer.inputHash(context("q2", "ref", "answer")));
        assertThat(a.inputHash()).isNotEqualTo(new ChrfScorer().inputHash(context("q", "ref", "answer")));
        assertThat(List.of(a.completionId(), a.scorer())).containsExactly(42L, "rougeL");
    }
}
