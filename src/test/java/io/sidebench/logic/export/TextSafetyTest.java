package io.sidebench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSafetyTest {
    @Test
    void formulaLikeCellsAreRecognisedAndNeutralised() {
        for (String s : new String[] {"=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(TextSafety.isFormulaLike(s)).as(s).isTrue();
            assertThat(TextSafety.neutraliseFormula(s)).isEqualTo("'" + s);
        }
        for (String s : new String[] {"", "a=1", " =1", "'=1", "中文"}) {
            assertThat(TextSafety.isFormulaLike(s)).as(s).isFalse();
            assertThat(TextSafety.neutraliseFormula(s)).isEqualTo(s);
        }
        assertThat(TextSafety.isFormulaLike(null)).isFalse();
    }

    @Test
    void xmlSafeReplacesOnlyWhatXmlCannotCarry() {
        assertThat(TextSafety.xmlSafe("a\u0000b\u0007c\td\ne\rf")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\rf");
        assertThat(TextSafety.xmlSafe("ok 中文 👋")).isEqualTo("ok 中文 👋");
        assertThat(TextSafety.xmlSafe("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(TextSafety.xmlSafe("x\uDC4By")).isEqualTo("x\uFFFDy");
        assertThat(TextSafety.xmlSafe("\uFFFE\uFFFF")).isEqualTo("\uFFFD\uFFFD");
        String clean = "nothing to do";
        assertThat(TextSafety.xmlSafe(clean)).isSameAs(clean);
        assertThat(TextSafety.xmlSafe(null)).isNull();
    }

    @Test
    void truncateKeepsTheLimitAndSaysSo() {
        String big = "x".repeat(100_000);
        String cut = TextSafety.truncate(big, 32_767);
        assertThat(cut).hasSizeLessThanOrEqualTo(32_767).contains("truncated: 100000 characters");
        assertThat(TextSafety.truncate("short", 10)).isEqualTo("short");
        String emoji = "a".repeat(9) + "👋".repeat(100);
        String cutEmoji = TextSafety.truncate(emoji, 80);
        assertThat(Character.isHighSurrogate(cutEmoji.charAt(cutEmoji.indexOf(" […") - 1))).isFalse();
    }

    @Test
    void htmlEscapesEverySignificantCharacter() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>\u0000"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;\uFFFD");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void markdownFenceOutgrowsBackticksInTheText() {
        assertThat(MarkdownExporter.fence("a ````` b")).startsWith("``````text\n").endsWith("``````\n\n");
        assertThat(MarkdownExporter.inline("<b>|*x*")).isEqualTo("\\<b\\>\\|\\*x\\*");
    }
}
